package dk.samskab.xapi.web;

import dk.samskab.xapi.LrsRefusal;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the LRS answers: a status, headers and a body, written only once it is complete. Errors
 * are JSON with a message (and, for invalid statements, each problem); the container's own error
 * pages, which are HTML for people, are never used.
 */
final class LrsAnswer {

    static final String JSON = "application/json; charset=UTF-8";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private LrsAnswer(int status, String contentType, String body) {
        this(status, contentType, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    private LrsAnswer(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    /** A stored document, its bytes as they were sent. */
    static LrsAnswer document(String contentType, byte[] content) {
        return new LrsAnswer(HttpServletResponse.SC_OK, contentType, content.clone());
    }

    static LrsAnswer json(int status, String json) {
        return new LrsAnswer(status, JSON, json);
    }

    static LrsAnswer of(int status, String contentType, String body) {
        return new LrsAnswer(status, contentType, body);
    }

    static LrsAnswer of(int status, String contentType, byte[] body) {
        return new LrsAnswer(status, contentType, body.clone());
    }

    static LrsAnswer noContent() {
        return new LrsAnswer(HttpServletResponse.SC_NO_CONTENT, null, new byte[0]);
    }

    static LrsAnswer error(int status, String message) {
        return json(status, Json.createObjectBuilder().add("message", message).build().toString());
    }

    static LrsAnswer refused(LrsRefusal refusal) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("message", refusal.getMessage());
        if (!refusal.problems().isEmpty()) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            refusal.problems().forEach(p -> problems.add(Json.createObjectBuilder().add("statement", p.statement())
                    .add("path", p.problem().path()).add("message", p.problem().message())));
            json.add("problems", problems);
        }
        LrsAnswer answer = json(refusal.status().code(), json.build().toString());
        if (refusal instanceof LrsRequest.BodyTooLarge tooLarge && !tooLarge.drained()) {
            // The rest of the body was never read: the connection cannot carry another request.
            answer.header("Connection", "close");
        }
        return answer;
    }

    LrsAnswer header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A strong ETag of the body: the SHA-1 of its bytes in lower-case hex, quoted (Communication 3.1.s4.b2, b4). */
    LrsAnswer withETag() {
        try {
            return header("ETag", "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body)) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    int status() {
        return status;
    }

    /** Writes the answer; for a HEAD request the headers only (Communication 1.1). */
    void write(HttpServletResponse response, boolean head) throws IOException {
        response.setStatus(status);
        headers.forEach(response::setHeader);
        if (contentType != null) {
            response.setContentType(contentType);
            response.setContentLength(body.length);
        }
        if (!head && body.length > 0) {
            response.getOutputStream().write(body);
        }
    }
}
