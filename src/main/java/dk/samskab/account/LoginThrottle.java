package dk.samskab.account;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing: after 5 refused sign-ins for one e-mail address, or 20 from one
 * client address, within 15 minutes, further attempts are refused until the window has passed,
 * whether the password is right or not. Counted from the audit log, so every node of a cluster
 * sees the same counts. An e-mail without an account is throttled just the same, so the answer
 * never tells whether an account exists.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    AuditLog audit;

    public boolean allows(String login, String address) {
        Instant since = Instant.now().minus(WINDOW);
        return audit.countForSubject(AuditAction.LOGIN_FAILED, login, since) < PER_ACCOUNT
                && (address == null || audit.countFromAddress(AuditAction.LOGIN_FAILED, address, since) < PER_ADDRESS);
    }
}
