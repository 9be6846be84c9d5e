package dk.samskab.learning.web;

import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.learning.ElearningRuntime;
import dk.samskab.learning.LearningException;
import dk.samskab.platform.Conflicts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Where the SCORM run-time on the lesson page commits the learner's data
 * (/learner/elearning-commit?e=ENROLMENT&amp;l=MODULE/LESSON&amp;i=ITEM&amp;t=TOKEN). It answers in
 * the form the run-time reads, {"result": true, "errorCode": 0}, with whether the lesson is done.
 * A refusal answers result false, so that the package's own LMSCommit reports the failure.
 */
@WebServlet("/learner/elearning-commit")
public class ElearningCommitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** SCORM's "general exception": the run-time hands it to the package as the commit's error. */
    private static final int GENERAL_EXCEPTION = 101;

    private static final int TRIES = 3;

    @Inject
    transient ElearningRuntime runtime;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!RuntimeToken.matches(request, request.getParameter("t"))) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, false, false, false);
            return;
        }
        String enrolment = request.getParameter("e");
        String lesson = request.getParameter("l");
        String item = request.getParameter("i");
        JsonObject body = body(request);
        JsonObject cmi = body == null || !(body.get("cmi") instanceof JsonObject given) ? null : given;
        if (enrolment == null || !enrolment.matches("\\d{1,18}") || lesson == null || item == null || cmi == null) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, false, false, false);
            return;
        }
        String email = request.getUserPrincipal().getName();
        try {
            // "left": the learner moved on from a SCO that never started its run-time session.
            ElearningRuntime.CommitResult result = body.getBoolean("left", false)
                    ? Conflicts.retry(() -> runtime.leftUnreported(email, Long.parseLong(enrolment), lesson, item))
                    : commit(email, Long.parseLong(enrolment), lesson, item, cmi);
            answer(response, HttpServletResponse.SC_OK, true, result.itemSatisfied(), result.lessonDone());
        } catch (EnrolmentException e) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, false, false, false);
        } catch (LearningException e) {
            int status = switch (e.reason()) {
                case UNKNOWN_LESSON -> HttpServletResponse.SC_NOT_FOUND;
                case RUNTIME_DATA_REFUSED -> HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
                default -> HttpServletResponse.SC_CONFLICT;
            };
            answer(response, status, false, false, false);
        }
    }

    /**
     * Two commits of one item can cross (the run-time's timer and the package's own LMSCommit): each
     * carries the whole data model, so the one that comes second is simply tried again.
     */
    private ElearningRuntime.CommitResult commit(String email, long enrolmentId, String lesson, String item, JsonObject cmi) {
        for (int tried = 1;; tried++) {
            try {
                return Conflicts.retry(() -> runtime.commit(email, enrolmentId, lesson, item, cmi));
            } catch (RuntimeException e) {
                if (tried >= TRIES || !lostRace(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // JPA's exception, or EclipseLink's own when the version check fails as the transaction commits.
            if (cause instanceof OptimisticLockException || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body ({"cmi": {...}} as the run-time sends it, with "left": true from the player); null
     * when it is not a JSON object. The site's request size limit has already refused bodies over 2 MB.
     */
    private static JsonObject body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readValue() instanceof JsonObject object ? object : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static void answer(HttpServletResponse response, int status, boolean result, boolean itemSatisfied, boolean lessonDone)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("result", result)
                .add("errorCode", result ? 0 : GENERAL_EXCEPTION).add("itemSatisfied", itemSatisfied).add("lessonDone", lessonDone).build().toString());
    }
}
