package dk.samskab.enrolment;

import dk.samskab.platform.Language;
import java.time.Duration;

/**
 * A volunteer registered through an invitation: they are to get the one-time token that
 * confirms their address by e-mail, in the language they chose. Fired inside the registering
 * transaction.
 */
public record RegistrationToConfirm(String email, String fullName, Language language, String token, String cohortName,
        Duration confirmWithin) {

    @Override
    public String toString() {
        // The token enrols its holder: it must never reach a log.
        return "RegistrationToConfirm[" + email + "]";
    }
}
