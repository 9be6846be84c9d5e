package dk.samskab.api;

import dk.samskab.access.ApiClient;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The API client behind the current request and the caller it acts as, set once the token is checked. */
@RequestScoped
public class ApiRequest {

    private ApiClient client;
    private Caller caller;

    void authenticated(ApiClient client, Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("No API client is signed in");
        }
        return caller;
    }

    public ApiClient client() {
        return client;
    }

    /** The audit log's actor: the client's id and name. */
    String actor() {
        return client == null ? null : "api:" + client.getClientId() + " " + client.getName();
    }

    /** A read-only client may read but not change anything. */
    public void requireWrite() {
        if (client == null || !client.isReadWrite()) {
            throw new ApiProblem(403, "read-only-client", "Forbidden", "This client may only read; an admin can give a client write access.");
        }
    }

    /** Operations that need every organisation, as only an admin's client of scope ALL has. */
    public void requireAll() {
        if (client == null || client.getScopeKind() != ApiClient.ScopeKind.ALL) {
            throw new ApiProblem(403, "scope-too-narrow", "Forbidden",
                    "Only a client with the scope 'all organisations' may do this, as only an admin may on the pages.");
        }
    }
}
