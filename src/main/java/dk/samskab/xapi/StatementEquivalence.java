package dk.samskab.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two valid statements with the same id are the same statement, so that sending one again
 * is accepted and sending a different one under its id is a conflict (409). The spec's rule
 * (Data 2.3.1, Statement Comparison Requirements) is that differences which the exceptions to
 * immutability could cause are ignored and every other difference counts. So these are ignored:
 * <ul>
 * <li>{@code id}, {@code stored} and {@code authority}, which the LRS assigns or overwrites;</li>
 * <li>{@code timestamp} and {@code version} when only one of the two has it, since the LRS fills
 * them in; when both have a timestamp they must name the same moment to the millisecond, in any
 * time zone;</li>
 * <li>Activity definitions and the verb's display, which are not part of the statement itself;</li>
 * <li>the order of object keys and of a Group's members, and single context activities versus
 * arrays of one;</li>
 * <li>case where the value is case-insensitive: the domain of an mbox, the hex digits of an
 * mbox_sha1sum, UUIDs, language tags (the language map keys of attachments, the context's
 * language);</li>
 * <li>how a number is written ({@code 1}, {@code 1.0}, {@code 1e0}), and a duration's precision
 * beyond hundredths of a second (Data 4.6.s1.b5).</li>
 * </ul>
 * Everything else is compared exactly. IRIs in particular are compared as plain strings (RFC 3987
 * simple string comparison, which Data 3.1.s2.b1 allows), so {@code http://Example.org/a} and
 * {@code http://example.org/a} differ. Extensions are compared exactly too, since their meaning
 * belongs to whoever controls the key.
 */
public final class StatementEquivalence {

    private static final Pattern SECONDS_FRACTION = Pattern.compile("(\\d+[.,]\\d{1,2})\\d*S$");

    private StatementEquivalence() {
    }

    public static boolean same(JsonObject first, JsonObject second) {
        boolean bothTimestamps = first.containsKey("timestamp") && second.containsKey("timestamp");
        boolean bothVersions = first.containsKey("version") && second.containsKey("version");
        return comparable(first, bothTimestamps, bothVersions).equals(comparable(second, bothTimestamps, bothVersions));
    }

    /** The statement's canonical text, without what the comparison ignores. */
    private static String comparable(JsonObject statement, boolean keepTimestamp, boolean keepVersion) {
        Map<String, JsonValue> kept = new TreeMap<>(statement);
        kept.remove("id");
        kept.remove("stored");
        kept.remove("authority");
        if (!keepTimestamp) {
            kept.remove("timestamp");
        }
        if (!keepVersion) {
            kept.remove("version");
        }
        return statementText(kept);
    }

    /** A statement's or SubStatement's properties, each in its canonical form. */
    private static String statementText(Map<String, JsonValue> statement) {
        Map<String, String> parts = new TreeMap<>();
        statement.forEach((key, value) -> parts.put(key, switch (key) {
            case "actor" -> agentText(value);
            case "verb" -> withObject(value, verb -> without(verb, "display"));
            case "object" -> objectText(value);
            case "context" -> contextText(value);
            case "result" -> resultText(value);
            case "timestamp" -> timestampText(value);
            case "attachments" -> attachmentsText(value);
            default -> text(value);
        }));
        return objectOf(parts);
    }

    private static String objectText(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return text(value);
        }
        return switch (object.getString("objectType", "Activity")) {
            case "Agent", "Group" -> agentText(object);
            case "StatementRef" -> referenceText(object);
            case "SubStatement" -> statementText(object);
            default -> mapText(without(object, "definition"));
        };
    }

    /** An Agent or Group: identifiers in their canonical case, members in no particular order. */
    private static String agentText(JsonValue value) {
        if (!(value instanceof JsonObject agent)) {
            return text(value);
        }
        Map<String, String> parts = new TreeMap<>();
        agent.forEach((key, property) -> parts.put(key, switch (key) {
            case "mbox" -> property instanceof JsonString mbox ? stringText(Formats.canonicalMbox(mbox.getString()))
                    : text(property);
            case "mbox_sha1sum" -> property instanceof JsonString sum ? stringText(sum.getString().toLowerCase(Locale.ROOT))
                    : text(property);
            case "member" -> property instanceof JsonArray members
                    ? "[" + String.join(",", members.stream().map(StatementEquivalence::agentText).sorted().toList()) + "]"
                    : text(property);
            default -> text(property);
        }));
        return objectOf(parts);
    }

    private static String contextText(JsonValue value) {
        if (!(value instanceof JsonObject context)) {
            return text(value);
        }
        Map<String, String> parts = new TreeMap<>();
        context.forEach((key, property) -> parts.put(key, switch (key) {
            case "registration", "language" -> lowerCaseText(property);
            case "instructor", "team" -> agentText(property);
            case "statement" -> property instanceof JsonObject reference ? referenceText(reference) : text(property);
            case "contextActivities" -> contextActivitiesText(property);
            default -> text(property);
        }));
        return objectOf(parts);
    }

    private static String contextActivitiesText(JsonValue value) {
        if (!(value instanceof JsonObject types)) {
            return text(value);
        }
        Map<String, String> parts = new TreeMap<>();
        types.forEach((type, activities) -> {
            List<String> each = new ArrayList<>();
            for (JsonValue activity : Statements.asArray(activities)) {
                each.add(withObject(activity, a -> without(a, "definition")));
            }
            parts.put(type, "[" + String.join(",", each) + "]");
        });
        return objectOf(parts);
    }

    private static String resultText(JsonValue value) {
        if (!(value instanceof JsonObject result) || !(result.get("duration") instanceof JsonString duration)) {
            return text(value);
        }
        Matcher fraction = SECONDS_FRACTION.matcher(duration.getString());
        String comparable = fraction.find() ? fraction.replaceFirst("$1S") : duration.getString();
        Map<String, String> parts = new TreeMap<>();
        result.forEach((key, property) -> parts.put(key, text(property)));
        parts.put("duration", stringText(comparable));
        return objectOf(parts);
    }

    private static String timestampText(JsonValue value) {
        Instant moment = value instanceof JsonString text ? Formats.instantOf(text.getString()) : null;
        return moment == null ? text(value) : stringText(moment.truncatedTo(ChronoUnit.MILLIS).toString());
    }

    /** Attachments keep their order; their language maps' keys are compared without case. */
    private static String attachmentsText(JsonValue value) {
        if (!(value instanceof JsonArray attachments)) {
            return text(value);
        }
        List<String> each = new ArrayList<>();
        for (JsonValue attachment : attachments) {
            if (attachment instanceof JsonObject properties) {
                Map<String, String> parts = new TreeMap<>();
                properties.forEach((key, property) -> parts.put(key,
                        key.equals("display") || key.equals("description") ? languageMapText(property) : text(property)));
                each.add(objectOf(parts));
            } else {
                each.add(text(attachment));
            }
        }
        return "[" + String.join(",", each) + "]";
    }

    private static String languageMapText(JsonValue value) {
        if (!(value instanceof JsonObject map)) {
            return text(value);
        }
        Map<String, String> parts = new TreeMap<>();
        map.forEach((tag, text) -> parts.put(tag.toLowerCase(Locale.ROOT), text(text)));
        return objectOf(parts);
    }

    private static String withObject(JsonValue value, UnaryOperator<Map<String, JsonValue>> change) {
        return value instanceof JsonObject object ? mapText(change.apply(new TreeMap<>(object))) : text(value);
    }

    private static Map<String, JsonValue> without(Map<String, JsonValue> object, String key) {
        Map<String, JsonValue> rest = new TreeMap<>(object);
        rest.remove(key);
        return rest;
    }

    /** A Statement Reference, whose id is a UUID and so case-insensitive. */
    private static String referenceText(JsonObject reference) {
        Map<String, String> parts = new TreeMap<>();
        reference.forEach((key, value) -> parts.put(key, key.equals("id") ? lowerCaseText(value) : text(value)));
        return objectOf(parts);
    }

    private static String lowerCaseText(JsonValue value) {
        return value instanceof JsonString string ? stringText(string.getString().toLowerCase(Locale.ROOT)) : text(value);
    }

    /**
     * A JSON value as unambiguous text with keys in order and numbers by value. Strings carry their
     * length, so no content can be mistaken for structure.
     */
    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> mapText(value.asJsonObject());
            case ARRAY -> "[" + String.join(",", value.asJsonArray().stream().map(StatementEquivalence::text).toList()) + "]";
            case STRING -> stringText(((JsonString) value).getString());
            case NUMBER -> "n" + ((JsonNumber) value).bigDecimalValue().stripTrailingZeros();
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
        };
    }

    private static String mapText(Map<String, JsonValue> object) {
        Map<String, String> parts = new TreeMap<>();
        object.forEach((key, value) -> parts.put(key, text(value)));
        return objectOf(parts);
    }

    private static String objectOf(Map<String, String> parts) {
        StringBuilder out = new StringBuilder("{");
        parts.forEach((key, value) -> out.append(stringText(key)).append(':').append(value).append(';'));
        return out.append('}').toString();
    }

    private static String stringText(String string) {
        return "s" + string.length() + ":" + string;
    }
}
