package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static PersistenceException wrapped(SQLException sql) {
        return new PersistenceException("flush failed", new RuntimeException("driver", sql));
    }

    @Test
    void deadlocksTimeoutsAndDuplicateInsertsAreTransientWhereverTheyAreInTheChain() {
        assertTrue(Conflicts.isTransient(wrapped(new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
        assertTrue(Conflicts.isTransient(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
        assertTrue(Conflicts.isTransient(wrapped(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertTrue(Conflicts.isTransient(wrapped(new SQLException("WSREP detected deadlock/conflict", "40001", 0))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Conflicts.isTransient(wrapped(new SQLIntegrityConstraintViolationException("a foreign key fails", "23000", 1452))));
        assertFalse(Conflicts.isTransient(wrapped(new SQLException("Unknown column", "42S22", 1054))));
        assertFalse(Conflicts.isTransient(new IllegalStateException("no database involved")));
    }

    @Test
    void aConflictIsTriedAgainUntilTheWorkSucceeds() {
        AtomicInteger tries = new AtomicInteger();
        String result = Conflicts.retry(() -> {
            if (tries.incrementAndGet() < 3) {
                throw wrapped(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
            }
            return "recorded";
        });
        assertEquals("recorded", result);
        assertEquals(3, tries.get());
    }

    @Test
    void aLastingConflictFailsAfterTheLastTryWithItsOwnException() {
        AtomicInteger tries = new AtomicInteger();
        PersistenceException deadlock = wrapped(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
        PersistenceException thrown = assertThrows(PersistenceException.class, () -> Conflicts.retry(() -> {
            tries.incrementAndGet();
            throw deadlock;
        }));
        assertSame(deadlock, thrown);
        assertEquals(Conflicts.TRIES, tries.get());
    }

    @Test
    void anyOtherFailureIsNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> Conflicts.retry(() -> {
            tries.incrementAndGet();
            throw new IllegalArgumentException("bad input");
        }));
        assertEquals(1, tries.get());
    }
}
