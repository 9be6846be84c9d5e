package dk.samskab.api;

import dk.samskab.enrolment.EnrolmentException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of an API request into a problem detail; nothing reaches the client as an HTML error page. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    public static final class Problems implements ExceptionMapper<ApiProblem> {
        @Override
        public Response toResponse(ApiProblem problem) {
            return problem.toResponse();
        }
    }

    /** The framework's own refusals: no such address, a method or media type the operation does not take. */
    public static final class Framework implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException json) {
                return Json.problem(json).toResponse();
            }
            int status = e.getResponse().getStatus();
            ApiProblem problem;
            String parameter = unreadableParameter(e);
            if (parameter != null) {
                problem = ApiProblem.invalid(parameter, "has a value of the wrong type: " + safe(deepest(e).getMessage()));
            } else if (e instanceof NotFoundException) {
                problem = new ApiProblem(404, "no-such-resource", "Not found", "There is no API operation at this address; see /openapi.");
            } else if (e instanceof NotAllowedException) {
                problem = new ApiProblem(405, "method-not-allowed", "Method not allowed",
                        "This address does not take that method; it takes " + e.getResponse().getAllowedMethods() + ".");
            } else if (e instanceof NotSupportedException) {
                problem = new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                        "The request body must be application/json.");
            } else if (e instanceof NotAcceptableException) {
                problem = new ApiProblem(406, "not-acceptable", "Not acceptable",
                        "The API answers application/json (and application/problem+json for errors).");
            } else if (status == 404) {
                // A path parameter that cannot be read, such as letters where an id belongs: no such record.
                problem = ApiProblem.notFound("The record at this address");
            } else if (status == 400) {
                problem = ApiProblem.badRequest("bad-request", "A parameter could not be read: " + safe(e.getMessage()));
            } else {
                problem = new ApiProblem(status, "http-" + status, "Request refused", safe(e.getMessage()));
            }
            Response response = problem.toResponse();
            if (e instanceof NotAllowedException) {
                return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
            }
            return response;
        }
    }

    /**
     * The query or header parameter that could not be converted to its type (Jersey reports it as
     * a 404, as JAX-RS asks, which would tell the client the operation does not exist); null for
     * anything else, and for a path parameter, where 404 is right.
     */
    private static String unreadableParameter(WebApplicationException e) {
        String type = e.getClass().getName();
        if (!type.endsWith("ParamException$QueryParamException") && !type.endsWith("ParamException$HeaderParamException")) {
            return null;
        }
        try {
            return String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
        } catch (ReflectiveOperationException notJersey) {
            return "parameter";
        }
    }

    /** A body that is not JSON, has a field the operation does not know, or a value of the wrong type. */
    public static final class Json implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return problem(e).toResponse();
        }

        private static final java.util.regex.Pattern UNKNOWN = java.util.regex.Pattern.compile("Json property (\\S+) can not be mapped");

        static ApiProblem problem(Throwable e) {
            String all = messages(e);
            java.util.regex.Matcher unknown = UNKNOWN.matcher(all);
            if (unknown.find()) {
                return ApiProblem.badRequest("unknown-field", "The body has a field this operation does not know: " + unknown.group(1)
                        + ". See the operation's schema in /openapi.");
            }
            String message = safe(deepest(e).getMessage());
            if (all.contains("Unable to deserialize") || all.contains("Cannot deserialize") || all.contains("cannot be converted")
                    || all.contains("Unexpected JSON") || all.contains("Unable to parse") && !all.contains("Invalid token")) {
                return ApiProblem.badRequest("wrong-type", "A field has a value of the wrong type: " + message);
            }
            return ApiProblem.badRequest("malformed-json", "The body is not valid JSON: " + message);
        }
    }

    /** What the framework raises while reading a body, before any resource runs. */
    public static final class Reading implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            if (deepest(e) instanceof BodyLimit.TooLarge) {
                return BodyLimit.problem().toResponse();
            }
            return Json.problem(e).toResponse();
        }
    }

    /** The domain's refusals of an enrolment or cohort change, in the client's language where it asks for Danish. */
    public static final class Enrolment implements ExceptionMapper<EnrolmentException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EnrolmentException e) {
            EnrolmentException.Reason reason = e.reason();
            int status = switch (reason) {
                case UNKNOWN_COHORT, NOT_YOUR_COURSE -> 404;
                case ALREADY_ENROLLED, COHORT_ENDED, NOT_ENROLLED, NOT_PENDING, COHORT_BELOW_ENROLLED, COURSE_NOT_PUBLISHED -> 409;
                default -> 422;
            };
            String detail = text("api.refused." + reason.name(), reason.name());
            return new ApiProblem(status, reason.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    status == 404 ? "Not found" : status == 409 ? "Conflict" : "Invalid request", detail).toResponse();
        }

        private String text(String key, String fallback) {
            Locale locale = headers == null ? Locale.ENGLISH : headers.getAcceptableLanguages().stream()
                    .filter(l -> l.getLanguage().equals("da") || l.getLanguage().equals("en")).findFirst().orElse(Locale.ENGLISH);
            try {
                return ResourceBundle.getBundle("dk.samskab.i18n.messages", locale).getString(key);
            } catch (MissingResourceException e) {
                return fallback;
            }
        }
    }

    /** Two writers changed the same record at once; the later one may read it again and retry. */
    public static final class Concurrent implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return ApiProblem.conflict("concurrent-update",
                    "The record was changed by another request at the same time; read it again and retry.").toResponse();
        }
    }

    /** Anything else: logged in full, answered without internals. */
    public static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiProblem problem) {
                    return problem.toResponse();
                }
                if (cause instanceof OptimisticLockException lock) {
                    return new Concurrent().toResponse(lock);
                }
                if (cause instanceof EnrolmentException refused) {
                    return new Enrolment().toResponse(refused);
                }
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return new ApiProblem(500, "internal", "Internal error",
                    "The request could not be carried out; nothing was changed. The error is logged.").toResponse();
        }
    }

    private static Throwable deepest(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String safe(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
