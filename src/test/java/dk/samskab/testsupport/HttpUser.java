package dk.samskab.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user of the application over plain HTTP, as a script or a curious user with curl would be:
 * keeps its cookies, signs in through the real login form, and may come from its own client
 * address (sent as X-Forwarded-For, which the test server believes from 127.0.0.1).
 */
public final class HttpUser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** No request waits longer: a hung server fails the test instead of hanging the build. */
    public static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(120);

    private final HttpClient http;
    private final String address;
    private final java.util.function.Supplier<String> server;

    public HttpUser(String address) {
        this(newClient(), address, TestApplication::baseUrl);
    }

    private HttpUser(HttpClient http, String address, java.util.function.Supplier<String> server) {
        this.http = http;
        this.address = address;
        this.server = server;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(new LoopbackCookies(), CookiePolicy.ACCEPT_ORIGINAL_SERVER))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /**
     * Browsers treat a loopback address as a secure context and send its Secure cookies over plain
     * HTTP (Keycloak marks its sign-in cookies Secure); Java's cookie manager would not, so the
     * flag is dropped for loopback hosts.
     */
    private static final class LoopbackCookies implements CookieStore {
        private final CookieStore cookies = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            if (uri != null && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))) {
                cookie.setSecure(false);
            }
            cookies.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return cookies.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return cookies.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return cookies.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return cookies.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return cookies.removeAll();
        }
    }

    /** A browser of its own talking to the server at baseUrl, such as one node of a cluster or its load balancer. */
    public static HttpUser at(String baseUrl) {
        return new HttpUser(newClient(), null, () -> baseUrl);
    }

    /** The same browser (its cookies) sending its next requests to another server, as a load balancer may. */
    public HttpUser via(String baseUrl) {
        return new HttpUser(http, address, () -> baseUrl);
    }

    public static HttpUser anonymous() {
        return new HttpUser(null);
    }

    public static HttpUser signedIn(String email, String password) {
        HttpUser user = new HttpUser(null);
        HttpResponse<String> response = user.login(email, password);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + response.statusCode());
        }
        return user;
    }

    private HttpRequest.Builder request(String path) {
        return requestTo(server.get() + path);
    }

    private HttpRequest.Builder requestTo(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        if (address != null) {
            builder.header("X-Forwarded-For", address);
        }
        return builder;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Opens a page of another site, such as an identity provider's, with this browser's cookies. */
    public HttpResponse<String> getElsewhere(String url) {
        return send(requestTo(url).GET().build());
    }

    /** Posts a form of another site, such as an identity provider's sign-in form. */
    public HttpResponse<String> postElsewhere(String url, Map<String, String> fields) {
        return send(requestTo(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Gets a file, such as a PDF, as the bytes the server sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form; the fields are sent in the given order. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    /** Posts a body of the given type as it is, such as the JSON a script sends. */
    public HttpResponse<String> postBody(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form with extra headers, such as the Origin a browser names. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        String body = form(fields);
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form as multipart/form-data, as a form that can carry a file is sent; no file is attached. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields) {
        String boundary = "samskab" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    /** Posts a form as multipart/form-data with one file of the given size, as a browser sends an upload. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName, int bytes) {
        String boundary = "samskab" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + bytes + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(pdf, 0, body, start.length, Math.min(pdf.length, bytes));
        java.util.Arrays.fill(body, start.length + pdf.length, start.length + bytes, (byte) ' ');
        System.arraycopy(end, 0, body, start.length + bytes, end.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Submits the login form: 302 on success, 200 with the form and its message otherwise. */
    public HttpResponse<String> login(String email, String password) {
        HttpResponse<String> form = get("/login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:email", email);
        fields.put("loginForm:password", password);
        fields.put("loginForm:submit", "x");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        return post("/login.xhtml", fields);
    }

    /** The Faces view state of a page, needed to post any of its forms. */
    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No form on the page");
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
