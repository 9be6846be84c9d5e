package dk.samskab.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.account.PasswordResetRequested;
import dk.samskab.enrolment.RegistrationToConfirm;
import dk.samskab.platform.Language;
import dk.samskab.platform.PublicAddress;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mails written from the domains' events: to whom, in which language, with which link. */
class MailsFromEventsTest {

    private record Sent(String to, String subject, String body) {
    }

    /** Keeps the mails instead of sending them. */
    private static final class KeptMail extends Mailer {
        final List<Sent> sent = new ArrayList<>();

        @Override
        public void sendLater(String to, String subject, String body) {
            sent.add(new Sent(to, subject, body));
        }
    }

    private final KeptMail mailer = new KeptMail();

    @Test
    void aPasswordResetIsMailedWithItsLinkAndLifetimeInTheAccountsLanguage() {
        PasswordResetMail mail = new PasswordResetMail();
        mail.mailer = mailer;
        mail.publicUrl = "https://samskab.example";
        mail.onRequested(new PasswordResetRequested("anna@example.dk", "Anna Holm", Language.EN, "SECRET-TOKEN",
                Duration.ofHours(1)));
        Sent sent = mailer.sent.get(0);
        assertEquals("anna@example.dk", sent.to());
        assertEquals("Choose a new password for Samskab", sent.subject());
        assertTrue(sent.body().startsWith("Dear Anna Holm"), sent.body());
        assertTrue(sent.body().contains("https://samskab.example/activate.xhtml#token=SECRET-TOKEN"), sent.body());
        assertTrue(sent.body().contains("for 60 minutes"), sent.body());
    }

    @Test
    void aRegistrationIsMailedItsConfirmationLinkInTheChosenLanguage() throws ReflectiveOperationException {
        PublicAddress address = new PublicAddress();
        Field url = PublicAddress.class.getDeclaredField("publicUrl");
        url.setAccessible(true);
        url.set(address, "https://samskab.example/");
        InvitationMail mail = new InvitationMail();
        mail.mailer = mailer;
        mail.publicAddress = address;
        mail.onRegistered(new RegistrationToConfirm("bo@example.dk", "Bo Lund", Language.DA, "SECRET-TOKEN", "Forår 2027",
                Duration.ofDays(2)));
        Sent sent = mailer.sent.get(0);
        assertEquals("bo@example.dk", sent.to());
        assertEquals("Bekræft din e-mailadresse til Samskab", sent.subject());
        assertTrue(sent.body().contains("holdet Forår 2027"), sent.body());
        assertTrue(sent.body().contains("https://samskab.example/confirm.xhtml#token=SECRET-TOKEN"), sent.body());
        assertTrue(sent.body().contains("i 48 timer"), sent.body());
    }

    @Test
    void theEventsNeverShowTheirTokens() {
        assertFalse(new PasswordResetRequested("anna@example.dk", "Anna Holm", Language.EN, "SECRET-TOKEN", Duration.ofHours(1))
                .toString().contains("SECRET-TOKEN"));
        assertFalse(new RegistrationToConfirm("bo@example.dk", "Bo Lund", Language.DA, "SECRET-TOKEN", "Forår 2027",
                Duration.ofDays(2)).toString().contains("SECRET-TOKEN"));
    }
}
