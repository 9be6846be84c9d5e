package dk.samskab.privacy.web;

import dk.samskab.platform.web.Messages;
import dk.samskab.privacy.PersonErasure;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** An admin erases a person after confirming, and sets each awarding provider's retention rule. */
@Named
@RequestScoped
public class ErasurePage {

    @Inject
    PersonErasure erasure;

    @Inject
    Caller caller;

    private String email;
    private boolean confirmed;
    private List<PersonErasure.Provider> providers;
    private List<Long> keeping;

    public void erase() {
        if (!confirmed) {
            Messages.errorAt("eraseForm:confirmed", "erase.confirmFirst");
            return;
        }
        try {
            PersonErasure.Outcome outcome = erasure.erase(email, caller.email());
            Messages.info("erase.done", outcome.personId(),
                    outcome.handIns(), outcome.creditsKept(), outcome.creditsRemoved());
            email = null;
            confirmed = false;
        } catch (PersonErasure.Refused refused) {
            Messages.errorAt("eraseForm:email", "erase.refused." + refused.refusal());
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
        Messages.info("erase.retentionSaved");
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
