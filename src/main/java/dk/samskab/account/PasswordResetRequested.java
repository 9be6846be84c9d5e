package dk.samskab.account;

import dk.samskab.platform.Language;
import java.time.Duration;

/**
 * An enabled account asked for a new password: the person is to get the one-time token by
 * e-mail, in their language. Fired inside the request's transaction.
 */
public record PasswordResetRequested(String email, String fullName, Language language, String token, Duration validFor) {

    @Override
    public String toString() {
        // The token opens the account: it must never reach a log.
        return "PasswordResetRequested[" + email + "]";
    }
}
