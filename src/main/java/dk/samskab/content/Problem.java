package dk.samskab.content;

import java.util.List;
import java.util.Locale;

/**
 * One thing wrong in course content, where it is (file and line, 1-based) and what is wrong: a
 * key of the rules bundle with its arguments, so each reader can be told in their own language.
 * {@link #message()} and {@link #toString()} are the English the command-line validator prints.
 */
public record Problem(String file, int line, String key, List<String> args) implements Comparable<Problem> {

    public Problem {
        args = List.copyOf(args);
    }

    public Problem(String file, int line, String key, Object... args) {
        this(file, line, key, RuleMessages.asText(args));
    }

    public String message() {
        return message(Locale.ENGLISH);
    }

    public String message(Locale locale) {
        return RuleMessages.format(key, args, locale);
    }

    /** file:line: message, in the given language. */
    public String toString(Locale locale) {
        return file + ":" + line + ": " + message(locale);
    }

    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
