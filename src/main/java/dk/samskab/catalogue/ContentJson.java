package dk.samskab.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A course definition as the JSON document stored with each version, and the hash that tells
 * whether two definitions are the same. Properties are ordered, so equal content gives equal JSON.
 */
public final class ContentJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    /** Parsed definitions by content hash; a published version never changes, so entries never go stale. */
    private static final java.util.Map<String, CourseDefinition> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 500;

    private ContentJson() {
    }

    /** The definition already parsed for this content hash, or null. */
    public static CourseDefinition cached(String hash) {
        return PARSED.get(hash);
    }

    /** The definition of a stored version, parsed once per content hash. */
    public static CourseDefinition definition(String hash, String json) {
        CourseDefinition cached = PARSED.get(hash);
        if (cached != null) {
            return cached;
        }
        if (PARSED.size() >= MAX_CACHED) {
            PARSED.clear();
        }
        CourseDefinition parsed = fromJson(json);
        PARSED.put(hash, parsed);
        return parsed;
    }

    public static String toJson(CourseDefinition course) {
        return JSONB.toJson(course);
    }

    public static CourseDefinition fromJson(String json) {
        return JSONB.fromJson(upgraded(json), CourseDefinition.class);
    }

    /**
     * Versions stored before rubric criteria named their learning outcomes hold each criterion
     * as a bare text ({"da": …, "en": …}); they are read as a criterion with that text and no
     * outcomes. The stored document itself is never changed.
     */
    private static String upgraded(String json) {
        if (!json.contains("\"rubric\"")) {
            return json;
        }
        JsonObject course;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            course = reader.readObject();
        }
        JsonObject assessment = course.get("assessment") instanceof JsonObject a ? a : null;
        JsonObject assignment = assessment != null && assessment.get("finalAssignment") instanceof JsonObject a ? a : null;
        if (assignment == null || !assignment.containsKey("rubric")
                || assignment.getJsonArray("rubric").stream().noneMatch(c -> c.asJsonObject().containsKey("da"))) {
            return json;
        }
        JsonArrayBuilder criteria = Json.createArrayBuilder();
        for (JsonValue criterion : assignment.getJsonArray("rubric")) {
            criteria.add(criterion.asJsonObject().containsKey("da")
                    ? Json.createObjectBuilder().add("text", criterion).add("outcomes", Json.createArrayBuilder())
                    : Json.createObjectBuilder(criterion.asJsonObject()));
        }
        JsonObject newAssignment = Json.createObjectBuilder(assignment).add("rubric", criteria).build();
        JsonObject newAssessment = Json.createObjectBuilder(assessment).add("finalAssignment", newAssignment).build();
        return Json.createObjectBuilder(course).add("assessment", newAssessment).build().toString();
    }

    public static String hash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
