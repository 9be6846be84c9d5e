package dk.samskab.account.web;

import dk.samskab.account.OidcProvider;
import dk.samskab.account.OidcProviders;
import dk.samskab.account.SignInProvider;
import dk.samskab.account.SignInProviders;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;

/**
 * For admins (the page lies under /admin): the organisations' sign-in providers. The operator's
 * from configuration are listed as they are; the admin's can be added, changed, switched off and
 * tried (does the provider answer its discovery document?). Secrets are never entered here.
 */
@Named
@RequestScoped
public class SignInProvidersPage {

    /** One provider as the list shows it. */
    public record Line(String code, String name, String issuer, String organisation, boolean configured, boolean enabled,
            boolean hasSecret, String secretVariable) {
    }

    @Inject
    SignInProviders signInProviders;

    @Inject
    OidcProviders providers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OidcMetadata metadata;

    @Inject
    CurrentUser currentUser;

    private String code;
    private String name;
    private String issuer;
    private String clientId;
    private String organisation;
    private String roleClaim;
    private MembershipRole defaultRole = MembershipRole.PROFESSIONAL;
    private String acrLevels;
    private boolean editing;

    /** With ?edit=CODE, the form starts from that provider. */
    public void load() {
        String edit = Faces.getRequestParameter("edit");
        if (edit == null || Faces.isPostback()) {
            return;
        }
        signInProviders.find(edit).ifPresent(p -> {
            code = p.getCode();
            name = p.getName();
            issuer = p.getIssuer();
            clientId = p.getClientId();
            organisation = p.getOrganisation().getCode();
            roleClaim = p.getRoleClaim();
            defaultRole = p.getDefaultRole();
            acrLevels = p.getAcrLevels();
            editing = true;
        });
    }

    public List<Line> getLines() {
        Stream<Line> configured = providers.configured().stream().map(p -> new Line(p.code(), p.name(), p.issuer(),
                p.organisationCode(), true, true, true, secretVariable(p.code())));
        Stream<Line> added = signInProviders.all().stream().map(p -> new Line(p.getCode(), p.getName(), p.getIssuer(),
                p.getOrganisation().getName(), false, p.isEnabled(), OidcProviders.hasSecret(p.getCode()), secretVariable(p.getCode())));
        return Stream.concat(configured, added).toList();
    }

    public List<Organisation> getOrganisations() {
        return organisations.listAllByType();
    }

    public MembershipRole[] getRoles() {
        return MembershipRole.values();
    }

    public String save() {
        try {
            SignInProvider saved = signInProviders.save(new SignInProviders.Setup(code, name, issuer, clientId, organisation, roleClaim,
                    defaultRole, acrLevels), currentUser.getEmail());
            return "/admin/sign-in-providers?faces-redirect=true&saved=" + saved.getCode();
        } catch (SignInProviders.RefusedException refused) {
            Messages.error("signInProviders.refused." + refused.refusal());
            return null;
        }
    }

    public String enable(String provider, boolean enabled) {
        try {
            signInProviders.enable(provider, enabled, currentUser.getEmail());
            return "/admin/sign-in-providers?faces-redirect=true&saved=" + provider;
        } catch (SignInProviders.RefusedException refused) {
            Messages.error("signInProviders.refused." + refused.refusal());
            return null;
        }
    }

    /** Asks the provider for its discovery document, as a sign-in would, and says whether it answered. */
    public void check(String provider) {
        OidcProvider toCheck = providers.configured().stream().filter(p -> p.code().equals(provider)).findFirst()
                .or(() -> signInProviders.find(provider).map(p -> new OidcProvider(p.getCode(), p.getName(), p.getIssuer(),
                        p.getClientId(), "", p.getOrganisation().getCode(), java.util.Optional.empty(), p.getDefaultRole().name(),
                        java.util.Map.of())))
                .orElse(null);
        if (toCheck == null) {
            Messages.error("signInProviders.refused.UNKNOWN");
            return;
        }
        try {
            metadata.of(toCheck);
            Messages.info("signInProviders.answers", toCheck.name());
        } catch (dk.samskab.account.FederatedSignIn.RefusedException down) {
            Messages.error("signInProviders.silent", toCheck.name(), toCheck.issuer());
        }
    }

    /** Where the operator puts the client secret of this code. */
    public static String secretVariable(String code) {
        return "SAMSKAB_OIDC_" + code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_CLIENT_SECRET";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRoleClaim() {
        return roleClaim;
    }

    public void setRoleClaim(String roleClaim) {
        this.roleClaim = roleClaim;
    }

    public MembershipRole getDefaultRole() {
        return defaultRole;
    }

    public void setDefaultRole(MembershipRole defaultRole) {
        this.defaultRole = defaultRole;
    }

    public String getAcrLevels() {
        return acrLevels;
    }

    public void setAcrLevels(String acrLevels) {
        this.acrLevels = acrLevels;
    }

    public boolean isEditing() {
        return editing;
    }

    public void setEditing(boolean editing) {
        this.editing = editing;
    }
}
