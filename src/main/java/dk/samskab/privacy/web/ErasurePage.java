package dk.samskab.privacy.web;

import dk.samskab.platform.web.Messages;
import dk.samskab.privacy.PersonErasure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;

/** An admin erases a person after confirming, and sets each awarding provider's retention rule. */
@Named
@RequestScoped
public class ErasurePage {

    @Inject
    PersonErasure erasure;

    @Inject
    SecurityContext security;

    private String email;
    private boolean confirmed;
    private List<PersonErasure.Provider> providers;
    private List<Long> keeping;

    public void erase() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!confirmed) {
            faces.addMessage("eraseForm:confirmed", new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("erase.confirmFirst"), null));
            return;
        }
        try {
            PersonErasure.Outcome outcome = erasure.erase(email, security.getCallerPrincipal().getName());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("erase.done", outcome.personId(),
                    outcome.handIns(), outcome.creditsKept(), outcome.creditsRemoved()), null));
            email = null;
            confirmed = false;
        } catch (PersonErasure.Refused refused) {
            faces.addMessage("eraseForm:email", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("erase.refused." + refused.refusal()), null));
        }
    }

    public void saveRetention() {
        for (PersonErasure.Provider provider : getProviders()) {
            boolean keeps = keeping != null && keeping.contains(provider.id());
            if (keeps != provider.keepsCredits()) {
                erasure.setKeepsCredits(provider.id(), keeps);
            }
        }
        providers = null;
        keeping = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text("erase.retentionSaved"), null));
    }

    public List<PersonErasure.Provider> getProviders() {
        if (providers == null) {
            providers = erasure.providers();
        }
        return providers;
    }

    public List<Long> getKeeping() {
        if (keeping == null) {
            keeping = new ArrayList<>(getProviders().stream().filter(PersonErasure.Provider::keepsCredits)
                    .map(PersonErasure.Provider::id).toList());
        }
        return keeping;
    }

    public void setKeeping(List<Long> keeping) {
        this.keeping = keeping;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
