package dk.samskab.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A refused request, answered as an RFC 9457 problem detail. The type is a stable URN made from
 * the slug (urn:samskab:problem:SLUG), listed in docs/api.md; the detail says what was wrong.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One wrong field of a request body or query: where, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String slug;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Long retryAfterSeconds;

    public ApiProblem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), null);
    }

    private ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "not-found", "Not found", what + " does not exist or is outside the client's scope.");
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(422, "validation", "Invalid request", "One or more fields are not valid; see errors.", errors, null);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem badRequest(String slug, String detail) {
        return new ApiProblem(400, slug, "Bad request", detail);
    }

    public static ApiProblem conflict(String slug, String detail) {
        return new ApiProblem(409, slug, "Conflict", detail);
    }

    public static ApiProblem tooManyRequests(long retryAfterSeconds) {
        return new ApiProblem(429, "rate-limited", "Too many requests",
                "The client has made more requests this minute than its limit allows; try again after "
                        + retryAfterSeconds + " s.", List.of(), retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String type() {
        return "urn:samskab:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The problem detail as the response to send. */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type(), title, status, getMessage(), errors.isEmpty() ? null : errors));
        if (retryAfterSeconds != null) {
            response.header("Retry-After", retryAfterSeconds);
        }
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"samskab\"");
        }
        return response.build();
    }

    /** The body of a problem response (RFC 9457), with the invalid fields as an extension member. */
    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        public static final String MEDIA_TYPE = "application/problem+json";
    }
}
