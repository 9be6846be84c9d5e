package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The concurrency rules of Communication 3.1 for writes to documents. */
class DocumentPreconditionTest {

    private static final String STORED = "ab".repeat(20);

    private static LrsRefusal.Status refusal(DocumentPrecondition precondition, String current, boolean replacing) {
        return assertThrows(LrsRefusal.class, () -> precondition.check(current, replacing)).status();
    }

    @Test
    void ifMatchHoldsOnlyForTheStoredVersion() {
        assertDoesNotThrow(() -> new DocumentPrecondition("\"" + STORED + "\"", null, true).check(STORED, true));
        assertDoesNotThrow(() -> new DocumentPrecondition("\"x\", W/\"" + STORED.toUpperCase() + "\"", null, true).check(STORED, true));
        assertDoesNotThrow(() -> new DocumentPrecondition("*", null, true).check(STORED, true));
        assertEquals(LrsRefusal.Status.PRECONDITION_FAILED, refusal(new DocumentPrecondition("\"cd\"", null, true), STORED, true));
        assertEquals(LrsRefusal.Status.PRECONDITION_FAILED, refusal(new DocumentPrecondition("*", null, true), null, true));
    }

    @Test
    void ifNoneMatchStarHoldsOnlyWhenThereIsNoDocument() {
        assertDoesNotThrow(() -> new DocumentPrecondition(null, "*", true).check(null, true));
        assertEquals(LrsRefusal.Status.PRECONDITION_FAILED, refusal(new DocumentPrecondition(null, "*", true), STORED, true));
        assertDoesNotThrow(() -> new DocumentPrecondition(null, "\"cd\"", true).check(STORED, true));
    }

    @Test
    void aProfileIsNotReplacedWithoutAHeaderButAStateIs() {
        assertEquals(LrsRefusal.Status.CONFLICT, refusal(new DocumentPrecondition(null, null, true), STORED, true));
        assertDoesNotThrow(() -> new DocumentPrecondition(null, null, true).check(null, true), "a new profile needs no header");
        assertDoesNotThrow(() -> new DocumentPrecondition(null, null, true).check(STORED, false), "a merge or delete needs none");
        assertDoesNotThrow(() -> new DocumentPrecondition(null, null, false).check(STORED, true), "a state needs none");
    }
}
