package dk.samskab.xapi.web;

import dk.samskab.xapi.LrsRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A request to the LRS as its resources read it: method, resource, query parameters, the headers
 * xAPI uses and the body. The alternate request syntax (Communication 1.3), a POST with the real
 * method in the query string and headers, parameters and content as form fields, is undone here,
 * so that the resources see the request it stands for.
 *
 * <p>The query string is parsed here rather than by the container, which would also read a form
 * body; the body is read at most once, and never beyond the limit.
 */
final class LrsRequest {

    /** The headers xAPI uses, which the alternate syntax sends as form fields (Communication 1.3.s3.b6). */
    private static final Set<String> HEADER_FIELDS = Set.of("Authorization", "X-Experience-API-Version", "Content-Type",
            "Content-Length", "If-Match", "If-None-Match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    private final String method;
    private final String resource;
    private final Map<String, List<String>> parameters;
    private final Map<String, String> headers;
    private final HttpServletRequest servlet;
    private final long maxBytes;
    private byte[] body;

    private LrsRequest(String method, String resource, Map<String, List<String>> parameters, Map<String, String> headers,
            byte[] body, HttpServletRequest servlet, long maxBytes) {
        this.method = method;
        this.resource = resource;
        this.parameters = parameters;
        this.headers = headers;
        this.body = body;
        this.servlet = servlet;
        this.maxBytes = maxBytes;
    }

    static LrsRequest of(HttpServletRequest request, long maxBytes) throws IOException {
        String resource = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Map<String, List<String>> query = parameters(request.getQueryString());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : HEADER_FIELDS) {
            if (request.getHeader(name) != null) {
                headers.put(name, request.getHeader(name));
            }
        }
        if ("POST".equals(request.getMethod()) && query.containsKey("method")) {
            return alternate(request, resource, query, headers, maxBytes);
        }
        return new LrsRequest(request.getMethod(), resource, query, headers, null, request, maxBytes);
    }

    /** A POST in the alternate syntax, as the request it stands for. */
    private static LrsRequest alternate(HttpServletRequest request, String resource, Map<String, List<String>> query,
            Map<String, String> headers, long maxBytes) throws IOException {
        if (query.size() > 1 || query.get("method").size() > 1) {
            throw LrsRefusal.badRequest("a request in the alternate syntax has only the method in its query string;"
                    + " every other parameter is a form field");
        }
        if (!mediaType(headers.get("Content-Type")).equals("application/x-www-form-urlencoded")) {
            throw LrsRefusal.badRequest("a request in the alternate syntax is a form: application/x-www-form-urlencoded");
        }
        String method = query.get("method").get(0).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw LrsRefusal.badRequest("the method of the alternate syntax must be GET, PUT, POST or DELETE");
        }
        // Percent-encoding makes a statement up to three times longer in a form.
        Map<String, List<String>> form = parameters(text(read(request, 3 * maxBytes)));
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        Map<String, String> effective = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        effective.putAll(headers);
        effective.remove("Content-Type");
        effective.remove("Content-Length");
        String content = "";
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (field.getKey().equals("content")) {
                content = field.getValue().get(0);
            } else if (HEADER_FIELDS.contains(field.getKey())) {
                effective.put(field.getKey(), field.getValue().get(0));
            } else {
                parameters.put(field.getKey(), field.getValue());
            }
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new BodyTooLarge(maxBytes, true);
        }
        return new LrsRequest(method, resource, parameters, effective, bytes, request, maxBytes);
    }

    String method() {
        return method;
    }

    String resource() {
        return resource;
    }

    Map<String, List<String>> parameters() {
        return parameters;
    }

    String header(String name) {
        return headers.get(name);
    }

    /** The media type of the body without its parameters, in lower case; empty when none is named. */
    String mediaType() {
        return mediaType(header("Content-Type"));
    }

    /** The body as UTF-8 text. @throws LrsRefusal 413 when it is larger than the limit, 400 when it is not UTF-8 */
    String body() throws IOException {
        return text(bytes());
    }

    /** The body as sent, such as a document of any media type. @throws LrsRefusal 413 when it is larger than the limit */
    byte[] bytes() throws IOException {
        if (body == null) {
            body = read(servlet, maxBytes);
        }
        return body;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The body, counted as it arrives, so that a body sent in chunks without a length is stopped at the limit too. */
    private static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            if (request.getContentLengthLong() > maxBytes) {
                throw new BodyTooLarge(maxBytes, drained(in));
            }
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new BodyTooLarge(maxBytes, drained(in));
            }
        }
        return bytes;
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw LrsRefusal.badRequest("the body is not UTF-8 text");
        }
    }

    /**
     * Reads and drops the rest of a body too large, up to a bound. A client still sending it would
     * otherwise have its connection reset, and might never see the 413 that says why.
     */
    private static boolean drained(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long dropped = 0;
        for (int n; (n = in.read(buffer)) >= 0;) {
            dropped += n;
            if (dropped > BodyTooLarge.DRAINED_AT_MOST) {
                return false;
            }
        }
        return true;
    }

    /** 413 for a body over the limit (Communication 3.2.s3.b11); whether the connection can carry another request. */
    static final class BodyTooLarge extends LrsRefusal {

        private static final long serialVersionUID = 1L;

        /** The most of a body too large that is read only to be dropped. */
        static final long DRAINED_AT_MOST = 32L * 1024 * 1024;

        private final boolean drained;

        BodyTooLarge(long maxBytes, boolean drained) {
            super(Status.TOO_LARGE, "the body is larger than the LRS accepts (" + maxBytes / 1024 + " KiB)");
            this.drained = drained;
        }

        boolean drained() {
            return drained;
        }
    }

    /** Parameters of a query string or form, in order, each name with every value it was given. */
    static Map<String, List<String>> parameters(String encoded) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw LrsRefusal.badRequest("the query string or form is not properly percent-encoded");
        }
    }
}
