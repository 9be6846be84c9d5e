package dk.samskab.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.util.MultivaluedMapUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.samskab.launcher.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * An OpenID Connect provider that signs people in without asking and then answers with an ID
 * token that is wrong in exactly one way, for the tests that the application refuses what a real
 * Keycloak never sends. Each variant is a provider of its own, issuer http://127.0.0.1:PORT/VARIANT:
 * forfalsket signs with another key under the published key's id, fremmed addresses another
 * client, udloebet sends a token that expired an hour ago, and forkert-udsteder names another
 * issuer than its discovery document. Everything else (discovery, keys, code, state, nonce) is as
 * an honest provider's, so that the defect is the only reason to refuse. It is started once per
 * test run on first use, on the JDK's own HTTP server, and stopped at the end.
 */
public final class TestHostileProvider {

    public static final String FORGED = "forfalsket";
    public static final String FOREIGN_AUDIENCE = "fremmed";
    public static final String EXPIRED = "udloebet";
    public static final String WRONG_ISSUER = "forkert-udsteder";
    public static final List<String> VARIANTS = List.of(FORGED, FOREIGN_AUDIENCE, EXPIRED, WRONG_ISSUER);

    /** As TestKeycloak's: the same client, so that only the token's defect differs. */
    public static final String CLIENT_ID = TestKeycloak.CLIENT_ID;
    /** Never checked here; it only has to be configured. */
    public static final String CLIENT_SECRET = "falsk-udbyder-test-secret";
    private static final String KEY_ID = "falsk-udbyder-1";

    private static HttpServer server;
    private static int port;
    private static RSAKey published;
    /** Same key id as the published key, so the application finds a key and must check the signature to notice. */
    private static RSAKey forger;
    /** The nonce of each code handed out and not yet redeemed. */
    private static final Map<String, Nonce> NONCES = new ConcurrentHashMap<>();

    private TestHostileProvider() {
    }

    /** The variant's issuer, http://127.0.0.1:PORT/VARIANT; starts the provider on first use. */
    public static synchronized String issuer(String variant) {
        if (!VARIANTS.contains(variant)) {
            throw new IllegalArgumentException("No such variant: " + variant + "; there are " + VARIANTS);
        }
        if (server == null) {
            port = port();
            server = start(port);
        }
        return issuerOn(port, variant);
    }

    /**
     * The application's configuration of every variant as a provider of its own, under the
     * variant's name as code. The provider itself starts only when a test first asks for an issuer.
     */
    public static Map<String, String> providerEnvironment() {
        int port = port();
        Map<String, String> environment = new HashMap<>();
        environment.put("SAMSKAB_OIDC_PROVIDERS", String.join(",", VARIANTS));
        for (String variant : VARIANTS) {
            // As the application's configuration reads the environment: samskab.oidc.forkert-udsteder.issuer
            // is SAMSKAB_OIDC_FORKERT_UDSTEDER_ISSUER.
            String prefix = "SAMSKAB_OIDC_" + variant.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
            environment.put(prefix + "NAME", "Falsk udbyder (" + variant + ")");
            environment.put(prefix + "ISSUER", issuerOn(port, variant));
            environment.put(prefix + "CLIENT_ID", CLIENT_ID);
            environment.put(prefix + "CLIENT_SECRET", CLIENT_SECRET);
            environment.put(prefix + "ORGANISATION", "kommune-aarhus");
        }
        return environment;
    }

    private static int port() {
        return Integer.getInteger("samskab.test.hostile.port", 18290);
    }

    private static String issuerOn(int port, String variant) {
        return "http://127.0.0.1:" + port + "/" + variant;
    }

    private static HttpServer start(int port) {
        try {
            published = new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            forger = new RSAKeyGenerator(2048).keyID(KEY_ID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        HttpServer started;
        try {
            started = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (BindException e) {
            throw new EmbeddedMariaDb.PortInUseException(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String variant : VARIANTS) {
            started.createContext("/" + variant + "/", exchange -> answer(variant, exchange));
        }
        started.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-oidc-provider");
            thread.setDaemon(true);
            return thread;
        }));
        // The server's dispatcher thread is a daemon only if the thread that starts it is one.
        Thread starter = new Thread(started::start, "test-oidc-provider-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.stop(0);
            throw new IllegalStateException("Interrupted while starting the test provider", e);
        }
        return started;
    }

    private static void answer(String variant, HttpExchange exchange) throws IOException {
        String issuer = issuerOn(port, variant);
        String path = exchange.getRequestURI().getPath().substring(variant.length() + 1);
        try {
            switch (path) {
                case "/.well-known/openid-configuration" -> send(exchange, 200, discovery(issuer));
                case "/jwks" -> send(exchange, 200, new JWKSet(published).toPublicJWKSet().toString());
                case "/authorize" -> authorize(exchange);
                case "/token" -> token(variant, issuer, exchange);
                default -> send(exchange, 404, "{\"error\":\"not_found\"}");
            }
        } catch (RuntimeException | ParseException | JOSEException e) {
            // Otherwise the JDK's server drops the connection without a word, and the test would see only
            // "provider down"; the trace goes to the test run's output.
            e.printStackTrace();
            send(exchange, 500, "{\"error\":\"server_error\"}");
        } finally {
            exchange.close();
        }
    }

    private static String discovery(String issuer) {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(new Issuer(issuer), List.of(SubjectType.PUBLIC),
                URI.create(issuer + "/jwks"));
        metadata.setAuthorizationEndpointURI(URI.create(issuer + "/authorize"));
        metadata.setTokenEndpointURI(URI.create(issuer + "/token"));
        metadata.setResponseTypes(List.of(new ResponseType(ResponseType.Value.CODE)));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
        metadata.setTokenEndpointAuthMethods(List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC));
        return metadata.toJSONObject().toJSONString();
    }

    /** Signs in whoever asks, at once, as a provider that remembers the user would. */
    private static void authorize(HttpExchange exchange) throws IOException, ParseException {
        AuthenticationRequest asked = AuthenticationRequest.parse(URLUtils.parseParameters(exchange.getRequestURI().getRawQuery()));
        AuthorizationCode code = new AuthorizationCode();
        NONCES.put(code.getValue(), asked.getNonce());
        URI back = new AuthenticationSuccessResponse(asked.getRedirectionURI(), code, null, null, asked.getState(), null, null).toURI();
        exchange.getResponseHeaders().set("Location", back.toString());
        exchange.sendResponseHeaders(302, -1);
    }

    private static void token(String variant, String issuer, HttpExchange exchange) throws IOException, JOSEException {
        Map<String, List<String>> form = URLUtils.parseParameters(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        String code = MultivaluedMapUtils.getFirstValue(form, "code");
        // Each code once, as a real provider: a second redemption finds no nonce.
        Nonce nonce = code == null ? null : NONCES.remove(code);
        if (!"POST".equals(exchange.getRequestMethod()) || !List.of("authorization_code").equals(form.get("grant_type"))
                || nonce == null) {
            send(exchange, 400, new TokenErrorResponse(OAuth2Error.INVALID_GRANT).toJSONObject().toJSONString());
            return;
        }
        Instant issued = variant.equals(EXPIRED) ? Instant.now().minus(Duration.ofHours(2)) : Instant.now();
        Duration lifetime = variant.equals(EXPIRED) ? Duration.ofHours(1) : Duration.ofMinutes(5);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(variant.equals(WRONG_ISSUER) ? issuerOn(port, "en-anden-udsteder") : issuer)
                .subject("falsk-" + variant)
                .audience(variant.equals(FOREIGN_AUDIENCE) ? "en-anden-klient" : CLIENT_ID)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(lifetime)))
                .claim("nonce", nonce.getValue())
                .claim("email", variant + "@hostile.example.dk")
                .claim("name", "Falsk Person (" + variant + ")")
                .build();
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build(),
                claims);
        idToken.sign(new RSASSASigner(variant.equals(FORGED) ? forger : published));
        OIDCTokens tokens = new OIDCTokens(idToken, new BearerAccessToken(300, null), null);
        send(exchange, 200, new OIDCTokenResponse(tokens).toJSONObject().toJSONString());
    }

    /**
     * A back-channel logout token from the variant's issuer to Samskab's client, with the sid and
     * whatever else is given (the back-channel event, or a nonce a logout token must not have);
     * signed with the published key, or for FORGED with the forger's.
     */
    public static String logoutToken(String variant, String sid, Map<String, Object> claims) {
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(issuer(variant)).subject("falsk-" + variant)
                .audience(CLIENT_ID).issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(2)))).jwtID(java.util.UUID.randomUUID().toString()).claim("sid", sid);
        claims.forEach(token::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID)
                .type(new JOSEObjectType("logout+jwt")).build(), token.build());
        try {
            jwt.sign(new RSASSASigner(variant.equals(FORGED) ? forger : published));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The claim that makes a token a back-channel logout token. */
    public static final Map<String, Object> LOGOUT_EVENT = Map.of("events",
            Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    static synchronized void shutdown() {
        if (server != null) {
            server.stop(0);
            server = null;
            NONCES.clear();
        }
    }
}
