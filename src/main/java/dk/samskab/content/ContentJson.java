package dk.samskab.content;

import dk.samskab.catalogue.CourseDefinition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
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
        return JSONB.fromJson(json, CourseDefinition.class);
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
