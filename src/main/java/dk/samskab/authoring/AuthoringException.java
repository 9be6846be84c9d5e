package dk.samskab.authoring;

import dk.samskab.content.Problem;
import java.util.List;
import java.util.Locale;

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
    private final transient List<Problem> fileProblems;

    public AuthoringException(Reason reason) {
        this(reason, List.of());
    }

    public AuthoringException(Reason reason, List<String> problems) {
        this(reason, problems, List.of());
    }

    private AuthoringException(Reason reason, List<String> problems, List<Problem> fileProblems) {
        super(reason.name() + (problems.isEmpty() ? "" : ": " + problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.fileProblems = List.copyOf(fileProblems);
    }

    /** A zip refused for what is wrong in its files, which a page can say in the reader's language. */
    public static AuthoringException badZip(List<Problem> problems) {
        return new AuthoringException(Reason.BAD_ZIP, problems.stream().map(Problem::toString).toList(), problems);
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong, one message per problem, for BAD_ZIP and INVALID. */
    public List<String> problems() {
        return problems;
    }

    /** What is wrong, in the given language where the problems came from course files. */
    public List<String> problems(Locale locale) {
        return fileProblems.isEmpty() ? problems : fileProblems.stream().map(p -> p.toString(locale)).toList();
    }
}
