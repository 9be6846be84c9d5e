package dk.samskab.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server named by configuration (samskab.mail.*, or
 * SAMSKAB_MAIL_* in the environment). Without a host, mail is only logged, so a demo or a test
 * machine never needs a mail server. Sending happens in the background: a slow mail server
 * must not slow down the page that caused the mail.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "samskab.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "samskab.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "samskab.mail.from", defaultValue = "Samskab <no-reply@samskab.dk>")
    String from;

    @Inject
    @ConfigProperty(name = "samskab.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "samskab.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "samskab.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Resource
    ManagedExecutorService executor;

    /**
     * Sends the mail whose subject and body are the bundle texts KEY.subject and KEY.body, in the
     * reader's language, with the values filled in.
     */
    public void sendLater(String to, java.util.Locale locale, String key, Object... values) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("dk.samskab.i18n.messages", locale);
        sendLater(to, new java.text.MessageFormat(bundle.getString(key + ".subject"), locale).format(values),
                new java.text.MessageFormat(bundle.getString(key + ".body"), locale).format(values));
    }

    public void sendLater(String to, String subject, String body) {
        executor.execute(() -> send(to, subject, body));
    }

    void send(String to, String subject, String body) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "Mail is not configured (samskab.mail.host); not sent to " + to + ": " + subject);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail to " + to + ": " + subject, e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        if (username.isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.get(), password.orElse(""));
            }
        });
    }
}
