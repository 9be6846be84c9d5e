package dk.samskab.learning;

import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.platform.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a quiz attempt. Answers are given per question id: chosen option ids for choice
 * questions, item ids in the learner's order for ordering, and "left=right" pair ids for matching.
 */
public final class QuizGrader {

    /** The result of one question, with the feedback the learner sees. */
    public record QuestionResult(String questionId, boolean correct, List<Text> feedback) {
    }

    /** The whole attempt: per cent of questions answered correctly, and whether that passes. */
    public record Result(int scorePercent, boolean passed, List<QuestionResult> questions) {
    }

    private QuizGrader() {
    }

    public static Result grade(QuizDefinition quiz, Map<String, List<String>> answers) {
        List<QuestionResult> results = new ArrayList<>();
        for (QuizDefinition.Question question : quiz.questions()) {
            results.add(grade(question, answers.getOrDefault(question.id(), List.of())));
        }
        long correct = results.stream().filter(QuestionResult::correct).count();
        int score = (int) (correct * 100 / Math.max(1, results.size()));
        return new Result(score, score >= quiz.passThreshold(), results);
    }

    static QuestionResult grade(QuizDefinition.Question question, List<String> answer) {
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> choice(question, answer);
            case ORDERING -> withQuestionFeedback(question, question.items().stream()
                    .map(QuizDefinition.Item::id).toList().equals(answer));
            case MATCHING -> withQuestionFeedback(question, new HashSet<>(answer).equals(question.pairs().stream()
                    .map(p -> p.id() + "=" + p.id()).collect(java.util.stream.Collectors.toSet())));
        };
    }

    private static QuestionResult choice(QuizDefinition.Question question, List<String> answer) {
        Set<String> chosen = new HashSet<>(answer);
        Set<String> right = new HashSet<>();
        List<Text> feedback = new ArrayList<>();
        for (QuizDefinition.Option option : question.options()) {
            if (option.correct()) {
                right.add(option.id());
            }
            if (chosen.contains(option.id())) {
                feedback.add(option.feedback());
            }
        }
        return new QuestionResult(question.id(), !chosen.isEmpty() && chosen.equals(right), feedback);
    }

    private static QuestionResult withQuestionFeedback(QuizDefinition.Question question, boolean correct) {
        return new QuestionResult(question.id(), correct,
                List.of(correct ? question.feedback().correct() : question.feedback().incorrect()));
    }
}
