package dk.samskab.account.web;

import dk.samskab.account.FederatedSignIn;
import dk.samskab.account.OidcProvider;
import dk.samskab.account.OidcProviders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The login page's other ways in: one button per organisation's provider, and why the last attempt through one failed. */
@Named
@RequestScoped
public class SignInOptions {

    @Inject
    OidcProviders providers;

    public List<OidcProvider> getProviders() {
        return providers.all();
    }

    /** The bundle key of the refusal named in the address (sso=REASON), or null for none or an unknown one. */
    public String getRefusalKey() {
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sso");
        return Arrays.stream(FederatedSignIn.Refusal.values()).map(Enum::name).filter(name -> name.equals(reason)).findFirst()
                .map(name -> "sso.refused." + name).orElse(null);
    }
}
