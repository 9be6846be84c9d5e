package dk.samskab.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server in the test run; the shared application sends its mail here. */
public final class TestMail {

    /** A received mail, reduced to what tests check. */
    public record Mail(String to, String subject, String body) {
    }

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Integer.getInteger("samskab.test.smtp.port", 33025), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server.getSmtp().getPort();
    }

    /** Waits up to ten seconds for a mail to the address whose subject contains the given text. */
    public static Mail await(String to, String subjectContains) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (Mail mail : received()) {
                if (mail.to().equalsIgnoreCase(to) && mail.subject().contains(subjectContains)) {
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail to " + to + " about '" + subjectContains + "'; received: " + received());
    }

    public static synchronized List<Mail> received() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(TestMail::read).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    message.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized void shutdown() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
