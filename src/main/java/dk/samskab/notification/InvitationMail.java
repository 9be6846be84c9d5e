package dk.samskab.notification;

import dk.samskab.enrolment.RegistrationToConfirm;
import dk.samskab.platform.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Mails a new volunteer the link that confirms their address, queued as soon as they have registered. */
@ApplicationScoped
public class InvitationMail {

    @Inject
    Mailer mailer;

    @Inject
    PublicAddress publicAddress;

    void onRegistered(@Observes RegistrationToConfirm registration) {
        mailer.sendLater(registration.email(), registration.language().locale(), "mail.confirm", registration.fullName(),
                publicAddress.of("/confirm.xhtml#token=" + registration.token()), registration.cohortName(),
                registration.confirmWithin().toHours());
    }
}
