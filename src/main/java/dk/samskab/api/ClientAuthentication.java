package dk.samskab.api;

import dk.samskab.access.ApiClient;
import dk.samskab.access.ApiClients;
import dk.samskab.access.ApiTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Admits a request with a valid bearer token of an active client, within its rate limit, and a
 * body within the limit. The client is looked up on every request, so revoking it stops it at
 * once, whatever tokens it still holds. The token endpoint and the key set are open.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ClientAuthentication implements ContainerRequestFilter {

    @Inject
    ApiTokens tokens;

    @Inject
    ApiClients clients;

    @Inject
    RateLimits rateLimits;

    @Inject
    ApiRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getLength() > BodyLimit.MAX_BYTES) {
            context.abortWith(BodyLimit.problem().toResponse());
            return;
        }
        if (context.hasEntity()) {
            context.setEntityStream(new BodyLimit(context.getEntityStream()));
        }
        if (context.getUriInfo().getPath().startsWith("oauth/")) {
            return;
        }
        try {
            authenticate(context.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (ApiProblem problem) {
            context.abortWith(problem.toResponse());
        }
    }

    private void authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorised("token-missing", "The request has no bearer token; get one from /api/v1/oauth/token.");
        }
        ApiTokens.Check check = tokens.check(authorization.substring(7).strip());
        if (!check.valid()) {
            throw switch (check.refusal()) {
                case EXPIRED -> unauthorised("token-expired", "The access token has expired; get a new one from /api/v1/oauth/token.");
                case BAD_SIGNATURE -> unauthorised("token-invalid-signature", "The access token was not signed by this server.");
                case WRONG_AUDIENCE -> unauthorised("token-wrong-audience", "The access token was not issued for this API.");
                case MALFORMED -> unauthorised("token-malformed", "The bearer token is not a JSON Web Token.");
            };
        }
        Optional<ApiClient> client = clients.active(check.clientId());
        if (client.isEmpty()) {
            throw unauthorised("client-revoked", "The client of this token has been revoked or no longer exists.");
        }
        long wait = rateLimits.take(client.get().getClientId(), client.get().getRequestsPerMinute());
        request.authenticated(client.get(), clients.callerOf(client.get()));
        if (wait > 0) {
            throw ApiProblem.tooManyRequests(wait);
        }
    }

    private static ApiProblem unauthorised(String slug, String detail) {
        return new ApiProblem(401, slug, "Unauthorized", detail);
    }
}
