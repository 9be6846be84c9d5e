package dk.samskab.notification;

import dk.samskab.account.PasswordResetRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mails the link to choose a new password, queued as soon as it is asked for (the request's answer never waits for it). */
@ApplicationScoped
public class PasswordResetMail {

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "samskab.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void onRequested(@Observes PasswordResetRequested request) {
        String link = publicUrl + "/activate.xhtml#token=" + request.token();
        mailer.sendLater(request.email(), request.language().locale(), "mail.reset", request.fullName(), link,
                request.validFor().toMinutes());
    }
}
