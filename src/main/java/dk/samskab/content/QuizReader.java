package dk.samskab.content;

import dk.samskab.catalogue.QuestionType;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.platform.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a module's quiz.yaml. */
final class QuizReader {

    private final CourseFolderReader reader;

    QuizReader(CourseFolderReader reader) {
        this.reader = reader;
    }

    QuizDefinition read(Path file, String path) {
        YamlNode quiz = reader.parse(file, 0, path, "pass_threshold", "attempts", "questions");
        if (quiz == null) {
            return null;
        }
        Integer threshold = quiz.integer("pass_threshold", true);
        Integer attempts = quiz.integer("attempts", true);
        List<YamlNode> entries = quiz.mappings("questions", true,
                "id", "type", "text", "options", "items", "pairs", "feedback");
        if (entries == null) {
            return null;
        }
        List<QuizDefinition.Question> questions = new ArrayList<>();
        for (YamlNode entry : entries) {
            questions.add(question(entry));
        }
        if (threshold == null || attempts == null || questions.contains(null)) {
            return null;
        }
        return new QuizDefinition(threshold, attempts, questions);
    }

    private QuizDefinition.Question question(YamlNode entry) {
        String id = entry.string("id", true);
        QuestionType type = entry.enumValue("type", QuestionType.class, true);
        Text text = entry.text("text", true);
        List<QuizDefinition.Option> options = new ArrayList<>();
        for (YamlNode option : orEmpty(entry.mappings("options", false, "id", "text", "correct", "feedback"))) {
            Boolean correct = option.bool("correct", true);
            options.add(new QuizDefinition.Option(option.string("id", true), option.text("text", true),
                    Boolean.TRUE.equals(correct), option.text("feedback", true)));
        }
        List<QuizDefinition.Item> items = new ArrayList<>();
        for (YamlNode item : orEmpty(entry.mappings("items", false, "id", "text"))) {
            items.add(new QuizDefinition.Item(item.string("id", true), item.text("text", true)));
        }
        List<QuizDefinition.Pair> pairs = new ArrayList<>();
        for (YamlNode pair : orEmpty(entry.mappings("pairs", false, "id", "left", "right"))) {
            pairs.add(new QuizDefinition.Pair(pair.string("id", true), pair.text("left", true), pair.text("right", true)));
        }
        YamlNode feedbackNode = entry.mapping("feedback", false, "correct", "incorrect");
        QuizDefinition.Feedback feedback = feedbackNode == null ? null
                : new QuizDefinition.Feedback(feedbackNode.text("correct", true), feedbackNode.text("incorrect", true));
        if (id == null || type == null || text == null) {
            return null;
        }
        return new QuizDefinition.Question(id, type, text, options, items, pairs, feedback);
    }

    private static List<YamlNode> orEmpty(List<YamlNode> nodes) {
        return nodes == null ? List.of() : nodes;
    }
}
