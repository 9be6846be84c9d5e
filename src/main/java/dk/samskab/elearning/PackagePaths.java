package dk.samskab.elearning;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Turns a manifest's href into a path in the package. The path is worked out the way a browser
 * will: percent-escapes decoded and backslashes read as slashes before "." and ".." are applied,
 * so neither "%2e%2e/" nor "..\" slips outside the package.
 */
final class PackagePaths {

    /** A resolved href: the package file, and the query or fragment that follows it as written ("" when none). */
    record Target(String file, String suffix) {

        String launchPath() {
            return file + suffix;
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private PackagePaths() {
    }

    /** An absolute http or https address, which cmi5 allows for an AU that lives elsewhere. */
    static boolean isWebAddress(String href) {
        String lower = href.toLowerCase();
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /**
     * The href's target in the package, read relative to base (xml:base, "" for none; a base is
     * taken as a folder whether or not it ends in "/", as authors mean it). Null when it points
     * outside the package: an absolute path, any scheme (http:, file:, javascript:, C:) or too many "..".
     */
    static Target resolve(String base, String href) {
        int end = firstOf(href, '?', '#');
        String path = href.substring(0, end);
        String suffix = href.substring(end);
        String joined = base.isEmpty() ? path : base + (base.endsWith("/") ? "" : "/") + path;
        if (SCHEME.matcher(joined).matches()) {
            return null;
        }
        String decoded = decode(joined).replace('\\', '/');
        if (decoded.startsWith("/")) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return new Target(String.join("/", segments), suffix);
    }

    /** Two bases one inside the other: a manifest's, its resources' and a resource's xml:base. */
    static String join(String outer, String inner) {
        if (inner == null || inner.isEmpty()) {
            return outer;
        }
        if (outer.isEmpty() || SCHEME.matcher(inner).matches() || inner.startsWith("/")) {
            return inner;
        }
        return outer + (outer.endsWith("/") ? "" : "/") + inner;
    }

    private static int firstOf(String text, char a, char b) {
        int at = text.length();
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i >= 0) {
            at = i;
        }
        if (j >= 0 && j < at) {
            at = j;
        }
        return at;
    }

    /** Percent-decoding as in a URL path (a "+" stays a "+"); a malformed escape is kept as written. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
