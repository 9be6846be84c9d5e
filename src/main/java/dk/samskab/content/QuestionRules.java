package dk.samskab.content;

import dk.samskab.catalogue.QuizDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** What each kind of quiz question must have to be answerable and gradable. */
final class QuestionRules {

    private final QuizDefinition.Question question;
    private final String path;
    private final Consumer<Violation> sink;

    QuestionRules(QuizDefinition.Question question, String path, Consumer<Violation> sink) {
        this.question = question;
        this.path = path;
        this.sink = sink;
    }

    void check() {
        switch (question.type()) {
            case SINGLE_CHOICE -> choice(3, 5, true);
            case MULTIPLE_CHOICE -> choice(3, 6, false);
            case TRUE_FALSE -> trueFalse();
            case ORDERING -> ordering();
            case MATCHING -> matching();
        }
    }

    private void choice(int min, int max, boolean exactlyOne) {
        onlyOptions();
        List<QuizDefinition.Option> options = question.options();
        if (options.size() < min || options.size() > max) {
            fail(path + ".options", "question.optionCount", question.type().code(), min, max);
        }
        long correct = options.stream().filter(QuizDefinition.Option::correct).count();
        if (correct == 0) {
            fail(path + ".options", "question.noCorrect", question.id());
        } else if (exactlyOne && correct > 1) {
            fail(path + ".options", "question.manyCorrect", question.id(), correct);
        }
        uniqueIds(options.stream().map(QuizDefinition.Option::id).toList(), ".options");
    }

    private void trueFalse() {
        onlyOptions();
        Set<String> ids = new HashSet<>();
        question.options().forEach(o -> ids.add(o.id()));
        if (question.options().size() != 2 || !ids.equals(Set.of("true", "false"))) {
            fail(path + ".options", "question.trueFalseIds");
        } else if (question.options().stream().filter(QuizDefinition.Option::correct).count() != 1) {
            fail(path + ".options", "question.trueFalseCorrect");
        }
    }

    private void ordering() {
        if (question.items().size() < 3 || question.items().size() > 6) {
            fail(path + ".items", "question.orderingItems");
        }
        if (!question.options().isEmpty() || !question.pairs().isEmpty()) {
            fail(path, "question.orderingOnlyItems");
        }
        needsFeedback();
        uniqueIds(question.items().stream().map(QuizDefinition.Item::id).toList(), ".items");
    }

    private void matching() {
        if (question.pairs().size() < 3 || question.pairs().size() > 6) {
            fail(path + ".pairs", "question.matchingPairs");
        }
        if (!question.options().isEmpty() || !question.items().isEmpty()) {
            fail(path, "question.matchingOnlyPairs");
        }
        needsFeedback();
        uniqueIds(question.pairs().stream().map(QuizDefinition.Pair::id).toList(), ".pairs");
    }

    private void onlyOptions() {
        if (!question.items().isEmpty() || !question.pairs().isEmpty()) {
            fail(path, "question.optionsOnly", question.type().code());
        }
    }

    private void needsFeedback() {
        if (question.feedback() == null) {
            fail(path, "question.feedback", question.type().code(), question.id());
        }
    }

    private void uniqueIds(List<String> ids, String where) {
        if (new HashSet<>(ids).size() != ids.size()) {
            fail(path + where, "question.uniqueIds", question.id());
        }
    }

    private void fail(String at, String key, Object... args) {
        sink.accept(new Violation(at, key, args));
    }
}
