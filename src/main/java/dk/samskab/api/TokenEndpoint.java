package dk.samskab.api;

import dk.samskab.access.ApiClient;
import dk.samskab.access.ApiClients;
import dk.samskab.access.ApiTokens;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4): a client sends its id and secret, in HTTP Basic
 * or in the form, and gets a short-lived signed access token. Errors are OAuth's own JSON
 * (error, error_description), which every OAuth client library reads, with the problem-detail
 * members alongside.
 */
@Path("oauth")
@RequestScoped
public class TokenEndpoint {

    public record TokenResponse(String access_token, String token_type, long expires_in, String scope) {
    }

    @Inject
    ApiClients clients;

    @Inject
    ApiTokens tokens;

    @Inject
    AuditLog audit;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String formId,
            @FormParam("client_secret") String formSecret, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }
        String[] basic = basic(authorization);
        String clientId = basic != null ? basic[0] : formId;
        String secret = basic != null ? basic[1] : formSecret;
        if (clientId == null || secret == null) {
            return error(400, "invalid_request", "Send client_id and client_secret, in HTTP Basic or in the form.");
        }
        Optional<ApiClient> client = clients.authenticate(clientId, secret);
        if (client.isEmpty()) {
            audit.recordFor(null, AuditAction.API_TOKEN_REFUSED, clientId.length() > 60 ? clientId.substring(0, 60) : clientId, null);
            return error(401, "invalid_client", "Unknown client, wrong secret, or a revoked client.");
        }
        ApiTokens.Issued issued = tokens.issue(client.get());
        audit.recordFor("api:" + client.get().getClientId() + " " + client.get().getName(), AuditAction.API_TOKEN_ISSUED,
                client.get().getClientId(), null);
        return Response.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresInSeconds(),
                client.get().isReadWrite() ? "read write" : "read")).cacheControl(noStore())
                .header("Pragma", "no-cache").build();
    }

    /** The public keys that sign the tokens (RFC 7517). */
    @GET
    @Path("jwks")
    @Produces("application/jwk-set+json")
    public Map<String, Object> keys() {
        return tokens.publicKeys();
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {
                java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response error(int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        body.put("type", "urn:samskab:problem:oauth-" + error.replace('_', '-'));
        body.put("title", status == 401 ? "Unauthorized" : "Bad request");
        body.put("status", status);
        body.put("detail", description);
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .cacheControl(noStore());
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"samskab\"");
        }
        return response.build();
    }

    private static CacheControl noStore() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        return control;
    }
}
