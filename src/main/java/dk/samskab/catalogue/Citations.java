package dk.samskab.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations in lesson Markdown: {@code [@key]}, with an optional locator such as a page
 * ({@code [@lukes2005, s. 37]}), and several works separated by semicolons
 * ({@code [@ansell2008; @torfing2019]}). Fenced code blocks are skipped. The validator and the
 * renderer both find citations here, so what is checked is exactly what is shown.
 */
public final class Citations {

    /** A reading-list key: lower-case letters, digits and hyphens, such as torfing2019 or agger-tortzen2015. */
    public static final String KEY = "[a-z0-9][a-z0-9-]*";

    private static final Pattern BRACKET = Pattern.compile("\\[@([^\\]\\n]*)\\]");
    private static final Pattern ONE = Pattern.compile("@(" + KEY + ")(?:\\s*,\\s*(\\S.*))?");

    private Citations() {
    }

    /** One cited work and the optional locator (page, chapter) written after it. */
    public record Cite(String key, String locator) {
    }

    /**
     * One bracket [@…] in a text: its 1-based line, its start and end in the text, and the works
     * it cites; cites is empty when the bracket is malformed.
     */
    public record Found(int line, int start, int end, String written, List<Cite> cites) {
        public boolean malformed() {
            return cites.isEmpty();
        }
    }

    public static List<Found> in(String markdown) {
        List<Found> found = new ArrayList<>();
        if (markdown == null) {
            return found;
        }
        int lineStart = 0;
        int lineNumber = 1;
        boolean inFence = false;
        while (lineStart <= markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = markdown.length();
            }
            String line = markdown.substring(lineStart, lineEnd);
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence) {
                Matcher bracket = BRACKET.matcher(line);
                while (bracket.find()) {
                    found.add(new Found(lineNumber, lineStart + bracket.start(), lineStart + bracket.end(), bracket.group(),
                            cites(bracket.group(1))));
                }
            }
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        return found;
    }

    private static List<Cite> cites(String inside) {
        List<Cite> cites = new ArrayList<>();
        for (String part : ("@" + inside).split(";", -1)) {
            Matcher one = ONE.matcher(part.strip());
            if (!one.matches()) {
                return List.of();
            }
            cites.add(new Cite(one.group(1), one.group(2) == null ? null : one.group(2).strip()));
        }
        return cites;
    }
}
