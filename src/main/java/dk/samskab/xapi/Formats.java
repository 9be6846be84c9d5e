package dk.samskab.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string formats xAPI 1.0.3 requires: UUIDs, IRIs, mailto IRIs, language tags, timestamps,
 * durations and versions. The spec lets an LRS check IRIs and language tags on a best-effort
 * basis (Data 2.2.s4.b6 and b7); the checks here refuse what is plainly not of the format.
 */
final class Formats {

    /** The standard string form; RFC 4122 makes the hex digits case-insensitive on input. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * An absolute IRI: a scheme, then characters an IRI may hold. Whitespace, separators, controls and the
     * characters RFC 3987 excludes ({@code <>"{}|\^`}) are refused, and so is a stray {@code %}.
     */
    private static final Pattern IRI = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.\\-]*:(?:[^\\s\\p{Z}\\p{Cntrl}<>\"{}|\\\\^`%]|%[0-9A-Fa-f]{2})+");

    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s?#]+@[^@\\s?#/]+");

    private static final Pattern SHA1_HEX = Pattern.compile("[0-9a-fA-F]{40}");

    /** RFC 5646's grammar for a language tag (langtag, private use, irregular grandfathered tags). */
    private static final Pattern LANGUAGE_TAG;

    static {
        String language = "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})";
        String script = "(?:-[a-z]{4})?";
        String region = "(?:-(?:[a-z]{2}|[0-9]{3}))?";
        String variants = "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*";
        String extensions = "(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*";
        String privateUse = "x(?:-[a-z0-9]{1,8})+";
        String irregular = "en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn"
                + "|i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de";
        String langtag = language + script + region + variants + extensions + "(?:-" + privateUse + ")?";
        LANGUAGE_TAG = Pattern.compile("(?:" + langtag + "|" + privateUse + "|" + irregular + ")", Pattern.CASE_INSENSITIVE);
    }

    /**
     * ISO 8601 extended format with a time zone, as RFC 3339 profiles it: date, {@code T}, time
     * (seconds and a fraction optional), then {@code Z} or an offset in hours, with or without
     * minutes.
     */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                    + "(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)");

    /**
     * ISO 8601:2004 4.4.3.2, the only duration format xAPI allows: {@code PnYnMnDTnHnMnS} with at
     * least one part (and at least one after {@code T}), or {@code PnW} alone. A decimal fraction
     * is allowed, as ISO 8601 allows it.
     */
    private static final Pattern DURATION;

    static {
        String n = "\\d+(?:[.,]\\d+)?";
        DURATION = Pattern.compile("P(?!$)(?:" + n + "Y)?(?:" + n + "M)?(?:" + n + "D)?"
                + "(?:T(?=\\d)(?:" + n + "H)?(?:" + n + "M)?(?:" + n + "S)?)?"
                + "|P" + n + "W");
    }

    /** Every 1.0.x statement has the 1.0.0 data model, so any patch version is accepted (Data 2.4.10). */
    private static final Pattern VERSION = Pattern.compile("1\\.0\\.\\d+");

    /** type/subtype with optional parameters (RFC 2046 token characters). */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9!#$&^_.+\\-]+/[A-Za-z0-9!#$&^_.+\\-]+(?:\\s*;.*)?", Pattern.DOTALL);

    /** The ten interaction types, in the spec's order (Data 2.4.4.1.s8). */
    static final List<String> INTERACTION_TYPES = List.of("true-false", "choice", "fill-in", "long-fill-in", "matching",
            "performance", "sequencing", "likert", "numeric", "other");

    private Formats() {
    }

    static boolean isUuid(String text) {
        return UUID.matcher(text).matches();
    }

    static boolean isIri(String text) {
        return IRI.matcher(text).matches();
    }

    /**
     * An IRL is an IRI that locates something; whether it does cannot be known without fetching
     * it, so it gets the IRI check.
     */
    static boolean isIrl(String text) {
        return isIri(text);
    }

    /** An absolute URI, which unlike an IRI is ASCII only (the openid identifier). */
    static boolean isUri(String text) {
        if (!text.chars().allMatch(c -> c < 0x80) || !isIri(text)) {
            return false;
        }
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isMailto(String text) {
        return MAILTO.matcher(text).matches();
    }

    static boolean isSha1Hex(String text) {
        return SHA1_HEX.matcher(text).matches();
    }

    static boolean isLanguageTag(String text) {
        return LANGUAGE_TAG.matcher(text).matches();
    }

    static boolean isTimestamp(String text) {
        return instantOf(text) != null;
    }

    /**
     * The moment a timestamp names, or null when it is not one. A negative zero offset
     * ({@code -00:00}) is refused: ISO 8601 does not allow it, and RFC 3339 uses it to say the
     * offset is unknown, which is no time zone at all.
     */
    static Instant instantOf(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            ZoneOffset offset = ZoneOffset.UTC;
            if (m.group(8) == null) {
                int hours = Integer.parseInt(m.group(10));
                int minutes = m.group(11) == null ? 0 : Integer.parseInt(m.group(11));
                if (m.group(9).equals("-") && hours == 0 && minutes == 0) {
                    return null;
                }
                int sign = m.group(9).equals("-") ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
            return local.toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean isDuration(String text) {
        return DURATION.matcher(text).matches();
    }

    static boolean isVersion(String text) {
        return VERSION.matcher(text).matches();
    }

    static boolean isMediaType(String text) {
        return MEDIA_TYPE.matcher(text).matches();
    }

    /** An mbox with its domain in lower case: the domain of an e-mail address is case-insensitive (Data 2.4.2.3). */
    static String canonicalMbox(String mbox) {
        int at = mbox.lastIndexOf('@');
        return at < 0 ? mbox : mbox.substring(0, at + 1) + mbox.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
