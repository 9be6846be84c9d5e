package dk.samskab.xapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** A valid statement as the LRS stores it: with the properties the LRS sets (Data 2.3.1.b1). */
public final class Statements {

    /** What every statement gets when it says no version (Data 2.4.10.s3.b3). */
    public static final String DEFAULT_VERSION = "1.0.0";

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** UTC with exactly milliseconds, the precision the spec asks timestamps to keep (Data 4.5.s1.b3). */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Statements() {
    }

    /**
     * The statement to store, for a statement {@link StatementValidator} accepted:
     * <ul>
     * <li>{@code id}: the given one in lower case (UUIDs are case-insensitive, so that a statement
     * is found whatever case it is asked for in), or a new one from {@code newId};</li>
     * <li>{@code stored}: the moment given, always, overwriting any value sent (Data 2.4.8.s3.b2);</li>
     * <li>{@code timestamp}: kept as sent, or the same value as {@code stored} (Data 2.4.7.s3.b2);</li>
     * <li>{@code version}: kept as sent, or {@value #DEFAULT_VERSION};</li>
     * <li>{@code authority}: the given one, which the LRS works out from the credentials of the
     * request, always overwriting any value sent (Data 2.4.9.s3.b4);</li>
     * <li>each value of {@code context.contextActivities} as an array, also in a SubStatement,
     * since the LRS must return them so (Data 2.4.6.2.s4.b3).</li>
     * </ul>
     */
    public static JsonObject prepare(JsonObject statement, JsonObject authority, Instant stored, Supplier<UUID> newId) {
        Objects.requireNonNull(authority, "authority");
        String storedText = timestamp(stored);
        JsonObjectBuilder prepared = JSON.createObjectBuilder(withContextActivitiesAsArrays(statement));
        String id = statement.containsKey("id") ? statement.getString("id") : newId.get().toString();
        prepared.add("id", id.toLowerCase(Locale.ROOT));
        prepared.add("stored", storedText);
        if (!statement.containsKey("timestamp")) {
            prepared.add("timestamp", storedText);
        }
        if (!statement.containsKey("version")) {
            prepared.add("version", DEFAULT_VERSION);
        }
        prepared.add("authority", authority);
        return prepared.build();
    }

    /** A moment as the LRS writes it: UTC, to the millisecond, e.g. {@code 2026-03-01T09:30:00.000Z}. */
    public static String timestamp(Instant moment) {
        return TIMESTAMP.format(moment);
    }

    private static JsonObject withContextActivitiesAsArrays(JsonObject statement) {
        JsonObjectBuilder result = JSON.createObjectBuilder(statement);
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject types) {
            JsonObjectBuilder arrays = JSON.createObjectBuilder();
            types.forEach((type, activities) -> arrays.add(type, asArray(activities)));
            result.add("context", JSON.createObjectBuilder(context).add("contextActivities", arrays));
        }
        if (statement.get("object") instanceof JsonObject object && "SubStatement".equals(object.getString("objectType", null))) {
            result.add("object", withContextActivitiesAsArrays(object));
        }
        return result.build();
    }

    static JsonArray asArray(JsonValue activities) {
        return activities instanceof JsonArray array ? array : JSON.createArrayBuilder().add(activities).build();
    }
}
