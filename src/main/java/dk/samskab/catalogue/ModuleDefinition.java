package dk.samskab.catalogue;

import java.util.List;

/** A module: its lessons in order, its quiz and its reflection task. */
public record ModuleDefinition(
        String slug,
        Text title,
        Text summary,
        List<Lesson> lessons,
        QuizDefinition quiz,
        Reflection reflection) {

    /** A lesson with its Markdown body in both languages. */
    public record Lesson(String slug, Text title, int minutes, boolean required, Text body) {
    }

    /** A reflection task with the criteria the instructor comments on. */
    public record Reflection(Text prompt, List<Text> rubric) {
    }
}
