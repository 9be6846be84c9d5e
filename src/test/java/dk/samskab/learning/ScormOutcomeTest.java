package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.elearning.PackageStandard;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The learner's result as SCORM tells the LMS to read it from the committed data, mastery score included. */
class ScormOutcomeTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static ScormOutcome scorm12(String core, BigDecimal mastery) {
        return ScormOutcome.of(PackageStandard.SCORM_12, json("{'core': " + core + "}"), mastery);
    }

    private static ScormOutcome scorm2004(String cmi, BigDecimal passing) {
        return ScormOutcome.of(PackageStandard.SCORM_2004, json(cmi), passing);
    }

    @Test
    void scorm12CompletedIsDoneWithoutAJudgement() {
        ScormOutcome outcome = scorm12("{'lesson_status': 'completed'}", null);
        assertTrue(outcome.completed());
        assertNull(outcome.success());
        assertTrue(outcome.satisfied(null));
    }

    @Test
    void scorm12IncompleteAndNotAttemptedAreNotDone() {
        assertFalse(scorm12("{'lesson_status': 'incomplete'}", null).satisfied(null));
        assertFalse(scorm12("{'lesson_status': 'not attempted'}", null).satisfied(null));
        assertFalse(scorm12("{}", null).satisfied(null));
    }

    @Test
    void scorm12FailedIsFinishedButNotDone() {
        ScormOutcome outcome = scorm12("{'lesson_status': 'failed', 'score': {'raw': '40', 'min': '0', 'max': '100'}}", null);
        assertTrue(outcome.completed());
        assertEquals(Boolean.FALSE, outcome.success());
        assertFalse(outcome.satisfied(null));
        assertEquals(new BigDecimal("0.4000"), outcome.scaled());
    }

    @Test
    void scorm12MasteryScoreDecidesOverTheStatusTheScoSet() {
        ScormOutcome below = scorm12("{'lesson_status': 'passed', 'score': {'raw': '70'}}", new BigDecimal("80"));
        assertEquals(Boolean.FALSE, below.success(), "70 is below the manifest's mastery score of 80");
        assertFalse(below.satisfied(new BigDecimal("80")));
        ScormOutcome above = scorm12("{'lesson_status': 'completed', 'score': {'raw': '85'}}", new BigDecimal("80"));
        assertEquals(Boolean.TRUE, above.success());
        assertTrue(above.satisfied(new BigDecimal("80")));
    }

    @Test
    void withAMasteryScoreACompletionWithoutScoreIsNotEnough() {
        assertFalse(scorm12("{'lesson_status': 'completed'}", new BigDecimal("80")).satisfied(new BigDecimal("80")));
    }

    @Test
    void scorm12RawScoreIsScaledWithinItsMinimumAndMaximum() {
        assertEquals(new BigDecimal("0.5000"), scorm12("{'score': {'raw': '15', 'min': '10', 'max': '20'}}", null).scaled());
        assertEquals(new BigDecimal("0.8500"), scorm12("{'score': {'raw': 85}}", null).scaled(), "0..100 when unset; a number also reads");
        assertNull(scorm12("{'score': {'raw': ''}}", null).scaled());
        assertNull(scorm12("{'score': {'raw': 'lots'}}", null).scaled(), "not a CMIDecimal");
    }

    @Test
    void scorm2004ReadsCompletionSuccessAndScaledScore() {
        ScormOutcome outcome = scorm2004("{'completion_status': 'completed', 'success_status': 'passed', 'score': {'scaled': '0.9'}}", null);
        assertTrue(outcome.completed());
        assertEquals(Boolean.TRUE, outcome.success());
        assertEquals(new BigDecimal("0.9"), outcome.scaled());
        assertTrue(outcome.satisfied(null));
    }

    @Test
    void scorm2004PassedButIncompleteCountsAsDoneWhenTheScoOnlyJudges() {
        assertTrue(scorm2004("{'completion_status': 'unknown', 'success_status': 'passed'}", null).satisfied(null));
        assertFalse(scorm2004("{'completion_status': 'completed', 'success_status': 'failed'}", null).satisfied(null));
    }

    @Test
    void scorm2004PassingScoreDecidesSuccess() {
        BigDecimal passing = new BigDecimal("0.8");
        ScormOutcome below = scorm2004("{'completion_status': 'completed', 'success_status': 'passed', 'score': {'scaled': '0.6'}}", passing);
        assertEquals(Boolean.FALSE, below.success());
        assertFalse(below.satisfied(passing));
        ScormOutcome above = scorm2004("{'completion_status': 'completed', 'success_status': 'unknown', 'score': {'scaled': '0.8'}}", passing);
        assertEquals(Boolean.TRUE, above.success());
        assertTrue(above.satisfied(passing));
    }
}
