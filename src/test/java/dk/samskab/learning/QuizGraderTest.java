package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.QuestionType;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.platform.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizGraderTest {

    private static Text t(String s) {
        return new Text(s, s);
    }

    private static final QuizDefinition.Feedback FEEDBACK = new QuizDefinition.Feedback(t("right"), t("wrong"));

    private static final QuizDefinition QUIZ = new QuizDefinition(75, 3, List.of(
            new QuizDefinition.Question("single", QuestionType.SINGLE_CHOICE, t("?"), List.of(
                    new QuizDefinition.Option("a", t("A"), true, t("a is right")),
                    new QuizDefinition.Option("b", t("B"), false, t("b is wrong")),
                    new QuizDefinition.Option("c", t("C"), false, t("c is wrong"))), List.of(), List.of(), null),
            new QuizDefinition.Question("multi", QuestionType.MULTIPLE_CHOICE, t("?"), List.of(
                    new QuizDefinition.Option("a", t("A"), true, t("fa")),
                    new QuizDefinition.Option("b", t("B"), true, t("fb")),
                    new QuizDefinition.Option("c", t("C"), false, t("fc"))), List.of(), List.of(), null),
            new QuizDefinition.Question("order", QuestionType.ORDERING, t("?"), List.of(), List.of(
                    new QuizDefinition.Item("x", t("X")), new QuizDefinition.Item("y", t("Y")),
                    new QuizDefinition.Item("z", t("Z"))), List.of(), FEEDBACK),
            new QuizDefinition.Question("match", QuestionType.MATCHING, t("?"), List.of(), List.of(), List.of(
                    new QuizDefinition.Pair("p", t("L1"), t("R1")), new QuizDefinition.Pair("q", t("L2"), t("R2")),
                    new QuizDefinition.Pair("r", t("L3"), t("R3"))), FEEDBACK)));

    @Test
    void allRightScoresHundredAndPasses() {
        QuizGrader.Result result = QuizGrader.grade(QUIZ, Map.of(
                "single", List.of("a"), "multi", List.of("b", "a"), "order", List.of("x", "y", "z"),
                "match", List.of("p=p", "q=q", "r=r")));
        assertEquals(100, result.scorePercent());
        assertTrue(result.passed());
        assertEquals(List.of(t("a is right")), result.questions().get(0).feedback());
    }

    @Test
    void multipleChoiceNeedsExactlyTheCorrectOptions() {
        assertFalse(QuizGrader.grade(QUIZ.questions().get(1), List.of("a")).correct(), "one missing");
        assertFalse(QuizGrader.grade(QUIZ.questions().get(1), List.of("a", "b", "c")).correct(), "one too many");
        assertFalse(QuizGrader.grade(QUIZ.questions().get(0), List.of()).correct(), "no answer is wrong");
    }

    @Test
    void threeOfFourIsExactlyTheThresholdAndAnsweringNothingFails() {
        QuizGrader.Result threeRight = QuizGrader.grade(QUIZ, Map.of(
                "single", List.of("b"), "multi", List.of("a", "b"), "order", List.of("x", "y", "z"),
                "match", List.of("p=p", "q=q", "r=r")));
        assertEquals(75, threeRight.scorePercent());
        assertTrue(threeRight.passed());
        assertEquals(List.of(t("b is wrong")), threeRight.questions().get(0).feedback());

        QuizGrader.Result nothing = QuizGrader.grade(QUIZ, Map.of());
        assertEquals(0, nothing.scorePercent());
        assertFalse(nothing.passed());
        assertEquals(List.of(t("wrong")), nothing.questions().get(2).feedback());
    }

    @Test
    void orderingAndMatchingMustBeEntirelyRight() {
        assertFalse(QuizGrader.grade(QUIZ.questions().get(2), List.of("y", "x", "z")).correct());
        assertFalse(QuizGrader.grade(QUIZ.questions().get(3), List.of("p=q", "q=p", "r=r")).correct());
    }
}
