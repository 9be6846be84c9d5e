package dk.samskab.notification;

import dk.samskab.account.AccountService;
import dk.samskab.account.ActivationService;
import dk.samskab.enrolment.BulkNotice;
import dk.samskab.organisation.PeopleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells each person of a committed bulk enrolment by e-mail, in their language: people with an
 * account are told where their course is; people without one get a one-time link to choose a
 * password.
 */
@ApplicationScoped
public class BulkNotices {

    @Inject
    Mailer mailer;

    @Inject
    AccountService accounts;

    @Inject
    ActivationService activations;

    @Inject
    PeopleService people;

    @Inject
    @ConfigProperty(name = "samskab.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** After the import has committed, each notice is prepared and sent in the background. */
    void onEnrolled(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulkNotice notice) {
        executor.execute(() -> send(notice));
    }

    void send(BulkNotice notice) {
        Locale locale = notice.language().locale();
        boolean hasAccount = accounts.findByEmail(notice.email()).isPresent();
        String link = hasAccount ? publicUrl + "/learner/index.xhtml"
                : publicUrl + "/activate.xhtml#token=" + activations.issue(people.findByEmail(notice.email()).orElseThrow());
        String key = hasAccount ? "mail.bulk" : "mail.activate";
        Object[] values = {notice.fullName(), notice.cohortName(), link, ActivationService.VALID_FOR.toDays()};
        mailer.sendLater(notice.email(), locale, key, values);
    }
}
