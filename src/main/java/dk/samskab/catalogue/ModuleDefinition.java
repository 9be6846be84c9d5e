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
    public record Lesson(String slug, Text title, int minutes, boolean required, Text body, List<Activity> activities,
            ElearningLesson elearning) {

        public Lesson {
            activities = activities == null ? List.of() : activities;
        }

        /** A lesson that is its text alone, no e-learning package. */
        public static Lesson ofText(String slug, Text title, int minutes, boolean required, Text body, List<Activity> activities) {
            return new Lesson(slug, title, minutes, required, body, activities, null);
        }

        /** The same lesson with another body. */
        public Lesson withBody(Text newBody) {
            return new Lesson(slug, title, minutes, required, newBody, activities, elearning);
        }

        public boolean isElearning() {
            return elearning != null;
        }

        public int activityMinutes() {
            return activities.stream().mapToInt(Activity::minutes).sum();
        }
    }

    /** Something a lesson asks learners to do besides reading, and the minutes it takes. */
    public record Activity(int minutes, Text what) implements Serializable {
    }

    /**
     * The e-learning package a lesson launches after its introduction (its body).
     *
     * @param file the package's zip, named as it lies beside the lesson's files in the course folder
     * @param packageKey the stored package's key: the SHA-256 of its files
     */
    public record ElearningLesson(String file, String packageKey) implements Serializable {
    }

    /** A reflection task with the criteria the instructor comments on. */
    public record Reflection(Text prompt, List<Text> rubric) {
    }
}
