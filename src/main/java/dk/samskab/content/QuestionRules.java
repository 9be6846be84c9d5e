package dk.samskab.content;

import dk.samskab.catalogue.QuizDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** What each kind of quiz question must have to be answerable and gradable. */
final class QuestionRules {

    private final QuizDefinition.Question question;
    private final String path;
    private final BiConsumer<String, String> fail;

    QuestionRules(QuizDefinition.Question question, String path, BiConsumer<String, String> fail) {
        this.question = question;
        this.path = path;
        this.fail = fail;
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
            fail.accept(path + ".options", question.type().code() + " needs " + min + " to " + max + " options");
        }
        long correct = options.stream().filter(QuizDefinition.Option::correct).count();
        if (correct == 0) {
            fail.accept(path + ".options", "question '" + question.id() + "' has no correct answer: mark one option correct: true");
        } else if (exactlyOne && correct > 1) {
            fail.accept(path + ".options", "single_choice question '" + question.id() + "' has " + correct + " correct options; exactly one is allowed");
        }
        uniqueIds(options.stream().map(QuizDefinition.Option::id).toList(), ".options");
    }

    private void trueFalse() {
        onlyOptions();
        Set<String> ids = new HashSet<>();
        question.options().forEach(o -> ids.add(o.id()));
        if (question.options().size() != 2 || !ids.equals(Set.of("true", "false"))) {
            fail.accept(path + ".options", "true_false needs exactly two options with ids true and false");
        } else if (question.options().stream().filter(QuizDefinition.Option::correct).count() != 1) {
            fail.accept(path + ".options", "true_false needs exactly one correct option");
        }
    }

    private void ordering() {
        if (question.items().size() < 3 || question.items().size() > 6) {
            fail.accept(path + ".items", "ordering needs 3 to 6 items, listed in the correct order");
        }
        if (!question.options().isEmpty() || !question.pairs().isEmpty()) {
            fail.accept(path, "ordering questions use items only");
        }
        needsFeedback();
        uniqueIds(question.items().stream().map(QuizDefinition.Item::id).toList(), ".items");
    }

    private void matching() {
        if (question.pairs().size() < 3 || question.pairs().size() > 6) {
            fail.accept(path + ".pairs", "matching needs 3 to 6 pairs");
        }
        if (!question.options().isEmpty() || !question.items().isEmpty()) {
            fail.accept(path, "matching questions use pairs only");
        }
        needsFeedback();
        uniqueIds(question.pairs().stream().map(QuizDefinition.Pair::id).toList(), ".pairs");
    }

    private void onlyOptions() {
        if (!question.items().isEmpty() || !question.pairs().isEmpty()) {
            fail.accept(path, question.type().code() + " questions use options only");
        }
    }

    private void needsFeedback() {
        if (question.feedback() == null) {
            fail.accept(path, question.type().code() + " question '" + question.id() + "' needs feedback for correct and incorrect answers");
        }
    }

    private void uniqueIds(List<String> ids, String where) {
        if (new HashSet<>(ids).size() != ids.size()) {
            fail.accept(path + where, "ids must be unique within question '" + question.id() + "'");
        }
    }
}
