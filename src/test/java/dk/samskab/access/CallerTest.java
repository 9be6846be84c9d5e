package dk.samskab.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.account.Role;
import dk.samskab.platform.Caller;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void theCallersRoleNamesAreTheAccountsRoles() {
        assertEquals(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()),
                Set.of(Caller.ADMIN, Caller.TRAINING_MANAGER, Caller.INSTRUCTOR, Caller.LEARNER));
    }

    @Test
    void actingInOneRoleDropsTheOthersButNeverAddsOne() {
        Caller both = new Caller("karen@kp.dk", Set.of(Caller.ADMIN, Caller.INSTRUCTOR), 7L, Set.of(3L));
        Caller instructor = both.actingAs(Caller.INSTRUCTOR);
        assertTrue(instructor.isInstructor());
        assertFalse(instructor.isAdmin(), "an admin on the instructor's pages decides as an instructor");
        assertEquals(Set.of(3L), instructor.organisationsInScope());
        assertFalse(Caller.of("ahmad@dfh.dk", Caller.LEARNER).actingAs(Caller.TRAINING_MANAGER).isManager());
    }

    @Test
    void nobodySignedInHasNoRoleAndNoScope() {
        assertFalse(Caller.ANONYMOUS.isSignedIn());
        assertTrue(Caller.ANONYMOUS.roles().isEmpty());
        assertTrue(Caller.ANONYMOUS.organisationsInScope().isEmpty());
    }
}
