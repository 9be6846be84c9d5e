package dk.samskab.authoring;

import java.util.List;

/** A refused authoring action, with a reason pages turn into a message (bundle key authoring.refused.&lt;REASON&gt;). */
public class AuthoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_YOUR_COURSE,
        CODE_INVALID,
        CODE_TAKEN,
        STALE,
        INVALID,
        NOTHING_TO_PUBLISH,
        BAD_ZIP,
        UNKNOWN_PERSON,
        FILE_EMPTY,
        FILE_TOO_LARGE,
        FILE_TYPE_NOT_ALLOWED
    }

    private final Reason reason;
    private final transient List<String> problems;

    public AuthoringException(Reason reason) {
        this(reason, List.of());
    }

    public AuthoringException(Reason reason, List<String> problems) {
        super(reason.name() + (problems.isEmpty() ? "" : ": " + problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong, one message per problem, for BAD_ZIP and INVALID. */
    public List<String> problems() {
        return problems;
    }
}
