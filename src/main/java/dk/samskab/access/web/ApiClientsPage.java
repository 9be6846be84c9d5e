package dk.samskab.access.web;

import dk.samskab.access.ApiClient;
import dk.samskab.access.ApiClients;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.OrganisationType;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Caller;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * API clients, on /admin for every client with any scope, on /manager for the manager's own,
 * which see exactly what the manager sees. A new client's secret lives only in this request: it
 * is shown in the answer to the create action and is never redirected, flashed or kept in the
 * session.
 */
@Named
@RequestScoped
public class ApiClientsPage {

    @Inject
    ApiClients apiClients;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    private List<ApiClient> clients;
    private ApiClients.Created created;

    private String name;
    private ApiClient.ScopeKind scope = ApiClient.ScopeKind.ORGANISATIONS;
    private List<String> organisations = new ArrayList<>();
    private List<String> partnerships = new ArrayList<>();
    private boolean readWrite;
    private Integer requestsPerMinute = ApiClients.DEFAULT_REQUESTS_PER_MINUTE;

    /** Admin page or manager page; the caller acts in that page's role only. */
    public boolean isAdminPage() {
        return !FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/manager/");
    }

    private Caller actor() {
        return caller.actingAs(isAdminPage() ? Caller.ADMIN : Caller.TRAINING_MANAGER);
    }

    public List<ApiClient> getClients() {
        if (clients == null) {
            clients = apiClients.visibleTo(actor());
        }
        return clients;
    }

    public void create() {
        try {
            created = apiClients.create(actor(), new ApiClients.Request(name, scope, organisations, partnerships, readWrite,
                    requestsPerMinute == null ? 0 : requestsPerMinute));
            clients = null;
            name = null;
            organisations = new ArrayList<>();
            partnerships = new ArrayList<>();
            readWrite = false;
            requestsPerMinute = ApiClients.DEFAULT_REQUESTS_PER_MINUTE;
        } catch (ApiClients.RefusedException refused) {
            String field = switch (refused.refusal()) {
                case NAME_MISSING -> "apiClientForm:name";
                case LIMIT_OUT_OF_RANGE -> "apiClientForm:requestsPerMinute";
                case SCOPE_MISSING -> isAdminPage() ? "apiClientForm:organisations" : null;
                case NOT_ALLOWED -> null;
            };
            String key = "apiClients.refused." + refused.refusal();
            if (field == null) {
                Messages.error(key);
            } else {
                Messages.errorAt(field, key);
            }
        }
    }

    /** The active client whose revoking the page asks to confirm (?revoke=its id), or null. */
    public ApiClient getRevoking() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("revoke");
        return id == null ? null : getClients().stream().filter(c -> c.isActive() && String.valueOf(c.getId()).equals(id))
                .findFirst().orElse(null);
    }

    /** Revokes the client named in the address, not by its row, which may have moved since the page was shown. */
    public String revoke() {
        ApiClient client = getRevoking();
        if (client == null || !apiClients.revoke(actor(), client.getId())) {
            Messages.error("apiClients.notFound");
            return null;
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&revoked=true";
    }

    /** What the client may see, in words: everything, its owner's scope, or the organisations and partnerships named. */
    public String scopeOf(ApiClient client) {
        return switch (client.getScopeKind()) {
            case ALL -> Messages.text("apiClients.scope.ALL");
            case MANAGER -> {
                Person owner = client.getOwner();
                yield owner != null && caller.email() != null && caller.email().equalsIgnoreCase(owner.getEmail())
                        ? Messages.text("apiClients.scope.MANAGER.mine")
                        : Messages.text("apiClients.scope.MANAGER", owner == null ? "" : owner.getFullName());
            }
            case ORGANISATIONS -> Stream.concat(client.getOrganisations().stream().map(Organisation::getName),
                    client.getPartnerships().stream().map(Partnership::getName)).collect(Collectors.joining(", "));
        };
    }

    /** The newly created client with its secret, in this response only; null otherwise. */
    public ApiClients.Created getCreated() {
        return created;
    }

    public List<ApiClient.ScopeKind> getScopeKinds() {
        return List.of(ApiClient.ScopeKind.ALL, ApiClient.ScopeKind.ORGANISATIONS);
    }

    public List<Organisation> getOrganisationChoices() {
        return Arrays.stream(OrganisationType.values()).flatMap(t -> directory.listByType(t).stream()).toList();
    }

    public List<Partnership> getPartnershipChoices() {
        return directory.partnerships();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiClient.ScopeKind getScope() {
        return scope;
    }

    public void setScope(ApiClient.ScopeKind scope) {
        this.scope = scope;
    }

    public List<String> getOrganisations() {
        return organisations;
    }

    public void setOrganisations(List<String> organisations) {
        this.organisations = organisations;
    }

    public List<String> getPartnerships() {
        return partnerships;
    }

    public void setPartnerships(List<String> partnerships) {
        this.partnerships = partnerships;
    }

    public boolean isReadWrite() {
        return readWrite;
    }

    public void setReadWrite(boolean readWrite) {
        this.readWrite = readWrite;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }
}
