package dk.samskab.xapi;

import java.util.List;
import java.util.Objects;

/**
 * A request the LRS refuses, with the status xAPI prescribes for it (Communication 3.2) and a
 * message that says why. An invalid statement carries every problem found, each with the position
 * of its statement in the request.
 */
public class LrsRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusals the LRS makes, by HTTP status. */
    public enum Status {
        BAD_REQUEST(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412), TOO_LARGE(413);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** A problem of the statement at this position of the request (0 for a single statement). */
    public record Problem(int statement, StatementProblem problem) {
        public Problem {
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final Status status;
    private final transient List<Problem> problems;

    public LrsRefusal(Status status, String message) {
        this(status, message, List.of());
    }

    private LrsRefusal(Status status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static LrsRefusal badRequest(String message) {
        return new LrsRefusal(Status.BAD_REQUEST, message);
    }

    public static LrsRefusal invalid(List<Problem> problems) {
        return new LrsRefusal(Status.BAD_REQUEST, "The request holds statements that break the xAPI 1.0.3 rules;"
                + " nothing was stored. See problems.", problems);
    }

    public Status status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }
}
