package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    @Test
    void aChangeFromThePagesOwnVersionOrFromAPageWithoutOneIsAccepted() {
        Submission submission = new Submission(null, "m1");
        assertDoesNotThrow(() -> submission.requireUnchangedSince(0L));
        assertDoesNotThrow(() -> submission.requireUnchangedSince(null));
    }

    @Test
    void aChangeFromAPageThatShowedAnotherVersionIsAConflict() {
        Submission submission = new Submission(null, "m1");
        assertThrows(OptimisticLockException.class, () -> submission.requireUnchangedSince(1L));
    }
}
