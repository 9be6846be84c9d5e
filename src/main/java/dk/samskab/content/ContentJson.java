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

    private ContentJson() {
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
