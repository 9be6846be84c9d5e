package dk.samskab.catalogue;

import dk.samskab.platform.Text;
import java.io.Serializable;
import java.util.List;

/** A module: its lessons in order, its quiz and its reflection task. */
public record ModuleDefinition(
        String slug,
        Text title,
        Text summary,
        List<Lesson> lessons,
        QuizDefinition quiz,
        Reflection reflection) {

    /**
     * A lesson with its Markdown body in both languages. Its minutes are the reading time plus
     * the activities it asks for (writing, a short exercise), which are stated so that the
     * estimate can be checked.
     */
    public record Lesson(String slug, Text title, int minutes, boolean required, Text body, List<Activity> activities) {

        public Lesson {
            activities = activities == null ? List.of() : activities;
        }

        public int activityMinutes() {
            return activities.stream().mapToInt(Activity::minutes).sum();
        }
    }

    /** Something a lesson asks learners to do besides reading, and the minutes it takes. */
    public record Activity(int minutes, Text what) implements Serializable {
    }

    /** A reflection task with the criteria the instructor comments on. */
    public record Reflection(Text prompt, List<Text> rubric) {
    }
}
