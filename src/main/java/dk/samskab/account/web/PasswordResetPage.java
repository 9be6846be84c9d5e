package dk.samskab.account.web;

import dk.samskab.account.PasswordReset;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Asks for a link to choose a new password; the answer never tells whether the address has an account. */
@Named
@RequestScoped
public class PasswordResetPage {

    @Inject
    PasswordReset reset;

    private String email;

    public void send() {
        reset.request(email);
        Messages.info("reset.sent", PasswordReset.VALID_FOR.toMinutes());
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
