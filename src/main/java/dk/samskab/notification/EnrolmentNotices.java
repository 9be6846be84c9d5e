package dk.samskab.notification;

import dk.samskab.enrolment.EnrolmentNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;

/** Mails enrolment notices in the learner's language, after the change they report has committed. */
@ApplicationScoped
public class EnrolmentNotices {

    @Inject
    Mailer mailer;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "samskab.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void onNotice(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentNotice notice) {
        Locale locale = notice.language().locale();
        String key = "mail." + notice.kind().name().toLowerCase(Locale.ROOT);
        Object[] values = {notice.fullName(), notice.courseTitle().in(locale), notice.cohortName(),
            notice.reason() == null ? "" : notice.reason(), publicUrl + "/learner/index.xhtml"};
        mailer.sendLater(notice.email(), locale, key, values);
    }
}
