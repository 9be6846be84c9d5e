package dk.samskab.catalogue;

import dk.samskab.platform.Text;
import java.util.List;

/** A module quiz: pass threshold in per cent of questions answered correctly, attempts allowed. */
public record QuizDefinition(int passThreshold, int attempts, List<Question> questions) {

    /**
     * One question. Choice questions use options; ordering questions list items in the correct
     * order; matching questions list pairs. The other lists are empty.
     */
    public record Question(String id, QuestionType type, Text text, List<Option> options, List<Item> items,
            List<Pair> pairs, Feedback feedback) {
    }

    public record Option(String id, Text text, boolean correct, Text feedback) {
    }

    public record Item(String id, Text text) {
    }

    public record Pair(String id, Text left, Text right) {
    }

    /** Question-level feedback for ordering and matching questions. */
    public record Feedback(Text correct, Text incorrect) {
    }
}
