package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.EnrolmentStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a task takes a hand-in: {@link Learning#takesHandIn}. */
class HandInWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Cohort RUNNING = new Cohort(null, "Hold 1", TODAY.minusWeeks(1), TODAY.plusWeeks(4), 20, null);

    private static boolean reflection(EnrolmentStatus status, Cohort cohort, Submission current) {
        return Learning.takesHandIn(status, cohort, false, false, current, TODAY);
    }

    private static boolean finalAssignment(EnrolmentStatus status, boolean ready) {
        return Learning.takesHandIn(status, RUNNING, true, ready, null, TODAY);
    }

    @Test
    void aRunningCohortAndSelfPacedLearningTakeHandIns() {
        assertTrue(reflection(EnrolmentStatus.ENROLLED, RUNNING, null));
        assertTrue(reflection(EnrolmentStatus.ENROLLED, null, null));
    }

    @Test
    void nothingIsTakenBeforeTheStartOrAfterTheEndDate() {
        assertFalse(reflection(EnrolmentStatus.ENROLLED, new Cohort(null, "Senere", TODAY.plusDays(1), TODAY.plusWeeks(8), 20, null), null));
        assertFalse(reflection(EnrolmentStatus.ENROLLED, new Cohort(null, "Forbi", TODAY.minusWeeks(8), TODAY.minusDays(1), 20, null), null));
        assertTrue(reflection(EnrolmentStatus.ENROLLED, new Cohort(null, "Sidste dag", TODAY.minusWeeks(8), TODAY, 20, null), null));
    }

    @Test
    void aCompletedCourseStillTakesReflectionsButNotTheFinalAssignment() {
        assertTrue(reflection(EnrolmentStatus.COMPLETED, RUNNING, null));
        assertFalse(finalAssignment(EnrolmentStatus.COMPLETED, true));
        assertFalse(reflection(EnrolmentStatus.WITHDRAWN, RUNNING, null));
        assertFalse(reflection(EnrolmentStatus.WAITLISTED, RUNNING, null));
    }

    @Test
    void theFinalAssignmentWaitsForEveryOtherRequiredStep() {
        assertFalse(finalAssignment(EnrolmentStatus.ENROLLED, false));
        assertTrue(finalAssignment(EnrolmentStatus.ENROLLED, true));
    }

    @Test
    void aPassedTaskTakesNoNewHandInButAFailedOneDoes() {
        Submission failed = new Submission(null, "m1");
        failed.assess("00", false, null, "karen@demo.samskab.dk");
        assertTrue(reflection(EnrolmentStatus.ENROLLED, RUNNING, failed));
        Submission passed = new Submission(null, "m1");
        passed.assess("7", true, null, "karen@demo.samskab.dk");
        assertFalse(reflection(EnrolmentStatus.ENROLLED, RUNNING, passed));
    }
}
