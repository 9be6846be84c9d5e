package dk.samskab.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.samskab.enrolment.LearningEventType;
import dk.samskab.enrolment.LoggedFact;
import dk.samskab.learning.CourseCompleted;
import dk.samskab.learning.LessonCompleted;
import dk.samskab.learning.QuizAttempted;
import dk.samskab.learning.Submission;
import dk.samskab.learning.WorkSubmitted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts of learning and credit name the codes stored in learning_event.type themselves; they
 * must stay the codes written before, which existing rows and reports use, and the details carry
 * no Danish words.
 */
class LoggedFactCodesTest {

    private static final List<String> STORED_BEFORE = List.of("ENROLMENT_REQUESTED", "ENROLMENT_REJECTED", "ENROLLED",
            "WAITLISTED", "PROMOTED_FROM_WAITLIST", "WITHDRAWN", "LESSON_COMPLETED", "QUIZ_PASSED", "QUIZ_FAILED",
            "FINAL_SUBMITTED", "REFLECTION_SUBMITTED", "REFLECTION_ASSESSED", "ASSESSED", "COMPLETED", "CREDIT_AWARDED",
            "CERTIFICATE_ISSUED");

    private static final CreditAward SEVEN = new CreditAward(null, null, new BigDecimal("5"), Grade.of("7"));
    private static final CreditAward PASS = new CreditAward(null, null, new BigDecimal("2.5"), null);

    private static List<LoggedFact> everyKind() {
        return List.of(new LessonCompleted(null, "m1/l1"), new QuizAttempted(null, "m1", 80, true),
                new QuizAttempted(null, "m2", 40, false), new WorkSubmitted(null, Submission.FINAL), new WorkSubmitted(null, "m1"),
                new Assessed(null, "m1", null, true), new Assessed(null, Submission.FINAL, "7", true), new CourseCompleted(null),
                new CreditAwarded(null, SEVEN), new CertificateIssued(null, "ABCD1234EFGH5678"));
    }

    @Test
    void everyStoredCodeIsStillWrittenByExactlyOneKindOfFact() {
        List<String> codes = new ArrayList<>(Arrays.stream(LearningEventType.values()).map(Enum::name).toList());
        everyKind().forEach(f -> codes.add(f.type()));
        assertEquals(STORED_BEFORE.stream().sorted().toList(), codes.stream().sorted().toList());
    }

    @Test
    void detailsAreTheOnesLoggedBeforeWithResultsAsCodes() {
        assertEquals(List.of("m1/l1", "m1 80%", "m2 40%"), everyKind().subList(0, 3).stream().map(LoggedFact::detail).toList());
        assertNull(new WorkSubmitted(null, Submission.FINAL).detail());
        assertEquals("m1", new WorkSubmitted(null, "m1").detail());
        assertNull(new CourseCompleted(null).detail());
        assertEquals(List.of("m1 PASSED", "m1 FAILED", "7", "00", "PASSED", "FAILED"), Stream.of(
                new Assessed(null, "m1", null, true), new Assessed(null, "m1", null, false),
                new Assessed(null, Submission.FINAL, "7", true), new Assessed(null, Submission.FINAL, "00", false),
                new Assessed(null, Submission.FINAL, null, true), new Assessed(null, Submission.FINAL, null, false))
                .map(LoggedFact::detail).toList());
        assertEquals("5 ECTS, 7 (C)", new CreditAwarded(null, SEVEN).detail());
        assertEquals("2.5 ECTS, PASSED", new CreditAwarded(null, PASS).detail());
        assertEquals("ABCD1234EFGH5678", new CertificateIssued(null, "ABCD1234EFGH5678").detail());
    }
}
