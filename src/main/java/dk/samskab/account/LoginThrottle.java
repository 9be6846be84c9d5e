package dk.samskab.account;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing without letting strangers lock a person out. Within 15 minutes:
 * <ul>
 * <li>5 refused sign-ins for one e-mail address from one client address stop that address from
 * trying that account;</li>
 * <li>20 refused sign-ins from one client address stop that address from trying any account;</li>
 * <li>20 refused sign-ins for one e-mail address from anywhere (a spread-out attack) stop
 * sign-ins to that account except from a browser it has signed in from before.</li>
 * </ul>
 * Refusals before the owner chose a new password (a reset link) no longer count against the
 * account. Counted from the audit log, so every node of a cluster sees the same counts; an
 * e-mail without an account is throttled just the same, so the answer never tells whether an
 * account exists.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 20;
    static final int PER_ACCOUNT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    AuditLog audit;

    @Inject
    AccountService accounts;

    @Inject
    KnownDevices devices;

    /** Whether a sign-in to the login from the client address, in a browser carrying deviceToken, may be tried. */
    public boolean allows(String login, String address, String deviceToken) {
        Instant window = Instant.now().minus(WINDOW);
        Instant forAccount = accounts.findByEmailQuietly(login).map(Account::getPasswordChangedAt)
                .filter(window::isBefore).orElse(window);
        if (address != null) {
            if (audit.countForSubjectFromAddress(AuditAction.LOGIN_FAILED, login, address, forAccount) >= PER_ACCOUNT_AND_ADDRESS
                    || audit.countFromAddress(AuditAction.LOGIN_FAILED, address, window) >= PER_ADDRESS) {
                return false;
            }
        }
        return audit.countForSubject(AuditAction.LOGIN_FAILED, login, forAccount) < PER_ACCOUNT
                || devices.recognises(login, deviceToken);
    }
}
