package dk.samskab.xapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;

/**
 * The value of the "more" parameter in the link to a list's next page (Data 2.5): the query and the
 * stored position of the last statement given, as base64url of a small JSON object. The position is
 * the statement's stored sequence, so the next page goes on exactly where the last one ended,
 * however many statements arrive meanwhile, and the link keeps working for as long as the statements
 * are kept. It holds nothing the client did not send: a changed token is just another query.
 */
public final class MoreToken {

    private static final Set<String> FORMATS = Set.of("ids", "exact", "canonical");

    private MoreToken() {
    }

    public static String encode(StatementQuery query, long after) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        optional(json, "agent", query.agent());
        optional(json, "verb", query.verb());
        optional(json, "activity", query.activity());
        optional(json, "registration", query.registration());
        optional(json, "since", query.since() == null ? null : query.since().toString());
        optional(json, "until", query.until() == null ? null : query.until().toString());
        json.add("relatedActivities", query.relatedActivities()).add("relatedAgents", query.relatedAgents())
                .add("limit", query.limit()).add("ascending", query.ascending()).add("format", query.format())
                .add("attachments", query.attachments()).add("after", after);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The page a token asks for; a token this LRS did not make is refused with 400. */
    public static StatementParameters.Page decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            JsonObject json;
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                json = reader.readObject();
            }
            String format = string(json, "format");
            long after = number(json, "after").longValueExact();
            int limit = number(json, "limit").intValueExact();
            if (format == null || !FORMATS.contains(format) || after < 0 || limit < 1 || limit > StatementQuery.MAX_LIMIT) {
                throw notOurs();
            }
            StatementQuery query = new StatementQuery(string(json, "agent"), string(json, "verb"), string(json, "activity"),
                    string(json, "registration"), bool(json, "relatedActivities"), bool(json, "relatedAgents"),
                    instant(json, "since"), instant(json, "until"), limit, bool(json, "ascending"), format,
                    bool(json, "attachments"));
            return new StatementParameters.Page(query, after);
        } catch (IllegalArgumentException | JsonException | ArithmeticException | DateTimeParseException malformed) {
            throw notOurs();
        }
    }

    private static LrsRefusal notOurs() {
        return LrsRefusal.badRequest("more is not a link to a page this LRS gave");
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw notOurs();
    }

    private static JsonNumber number(JsonObject json, String key) {
        if (json.get(key) instanceof JsonNumber number) {
            return number;
        }
        throw notOurs();
    }

    private static boolean bool(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value != null && (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE)) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw notOurs();
    }

    private static Instant instant(JsonObject json, String key) {
        String value = string(json, key);
        return value == null ? null : Instant.parse(value);
    }
}
