package dk.samskab.account.web;

import dk.samskab.account.ActivationService;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * Choosing a password from a one-time link; afterwards the person logs in as usual. The token
 * arrives in the body of a POST (see link-token.js), never in the address.
 */
@Named
@RequestScoped
public class ActivationPage {

    @Inject
    ActivationService activations;

    private String password;
    private String repeated;

    public String getToken() {
        return Faces.getRequestParameter("token");
    }

    /** Whether the page was opened with a link's token (posted), rather than typed in. */
    public boolean isLinkOpened() {
        return getToken() != null;
    }

    public String getName() {
        return activations.personFor(getToken()).map(p -> p.getFullName()).orElse(null);
    }

    public String activate() {
        try {
            activations.activate(getToken(), password, repeated);
            return "/login?faces-redirect=true&activated=true";
        } catch (ActivationService.ActivationException refused) {
            Messages.error("activation.refused." + refused.refusal());
            return null;
        } catch (dk.samskab.account.PasswordPolicy.Refused weak) {
            Messages.error(weak.messageKey());
            return null;
        }
    }

    public int getMinLength() {
        return ActivationService.MIN_PASSWORD_LENGTH;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
