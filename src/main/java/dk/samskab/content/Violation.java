package dk.samskab.content;

import java.util.List;
import java.util.Locale;

/**
 * A broken rule on a course definition, at a field path such as "modules[0].quiz.pass_threshold".
 * The rule is named by a key of the rules bundle with its arguments, so the editor can say it in
 * the author's language; {@link #message()} is the English text the file validator prints.
 * For a rule that concerns one line of a longer text (a citation in a lesson), lineInText is
 * that line, counted from the text's first line as 1; otherwise 0.
 */
public record Violation(String path, String key, List<String> args, int lineInText) {

    public Violation {
        args = List.copyOf(args);
    }

    public Violation(String path, String key, Object... args) {
        this(path, key, RuleMessages.asText(args), 0);
    }

    /** A rule broken on one line of a longer text. */
    public static Violation onLine(String path, int lineInText, String key, Object... args) {
        return new Violation(path, key, RuleMessages.asText(args), lineInText);
    }

    /** In English, as the course files' validator reports it. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return RuleMessages.format(key, args, locale);
    }
}
