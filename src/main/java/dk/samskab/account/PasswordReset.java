package dk.samskab.account;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * "Forgot your password": a one-time link by e-mail to the account's address, valid for an
 * hour, with the same tokens as new accounts (only their hash is stored). The answer on the page
 * is the same whether the address has an account or not, and an address gets at most three
 * links an hour, so the form can neither probe for accounts nor flood a mailbox.
 */
@ApplicationScoped
@Transactional
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofHours(1);
    static final int PER_HOUR = 3;

    @Inject
    AccountService accounts;

    @Inject
    ActivationService activations;

    @Inject
    AuditLog audit;

    @Inject
    Event<PasswordResetRequested> requested;

    /** Mails a link when the address has an enabled account and has not had too many links lately. */
    public void request(String email) {
        String address;
        try {
            address = Person.normaliseEmail(email);
        } catch (IllegalArgumentException notAnAddress) {
            return;
        }
        if (audit.countForSubject(AuditAction.PASSWORD_RESET_REQUESTED, address, Instant.now().minus(Duration.ofHours(1)))
                >= PER_HOUR) {
            return;
        }
        audit.record(AuditAction.PASSWORD_RESET_REQUESTED, address, null);
        accounts.findByEmail(address).filter(Account::isEnabled).ifPresent(account -> {
            Person person = account.getPerson();
            requested.fire(new PasswordResetRequested(address, person.getFullName(), person.getPreferredLanguage(),
                    activations.issue(person, VALID_FOR), VALID_FOR));
        });
    }
}
