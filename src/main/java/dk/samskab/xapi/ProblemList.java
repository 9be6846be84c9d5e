package dk.samskab.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The problems found so far in one statement, and the checks of JSON types that every part of
 * the validation shares. A value of the wrong type is reported once, at its own path, and the
 * reading method then returns null so that the caller checks nothing more about it.
 */
final class ProblemList {

    private final List<StatementProblem> problems = new ArrayList<>();

    void add(String path, String message) {
        problems.add(new StatementProblem(path, message));
    }

    List<StatementProblem> toList() {
        return List.copyOf(problems);
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Refuses every property that the spec does not define for this kind of object (Data 2.2.s4.b1.b7). */
    void onlyKnown(JsonObject object, String path, Set<String> known, String kind) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                add(at(path, key), "is not a property of " + kind);
            }
        }
    }

    void required(JsonObject object, String path, String key) {
        if (!object.containsKey(key)) {
            add(at(path, key), "is required");
        }
    }

    JsonObject object(JsonValue value, String path) {
        return value instanceof JsonObject object ? object : wrongType(value, path, "an object");
    }

    JsonArray array(JsonValue value, String path) {
        return value instanceof JsonArray array ? array : wrongType(value, path, "an array");
    }

    String string(JsonValue value, String path) {
        return value instanceof JsonString string ? string.getString() : wrongType(value, path, "a string");
    }

    JsonNumber number(JsonValue value, String path) {
        return value instanceof JsonNumber number ? number : wrongType(value, path, "a number");
    }

    void bool(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            wrongType(value, path, "true or false");
        }
    }

    /** The property's string value when present and a string, else null (a wrong type is reported). */
    String string(JsonObject object, String path, String key) {
        JsonValue value = object.get(key);
        return value == null ? null : string(value, at(path, key));
    }

    /** Checks an optional string property's format; absent is fine. */
    void format(JsonObject object, String path, String key, Predicate<String> format, String what) {
        String text = string(object, path, key);
        if (text != null && !format.test(text)) {
            add(at(path, key), "must be " + what);
        }
    }

    /** A language map: each key an RFC 5646 tag, each value a string (Data 4.2). */
    void languageMap(JsonValue value, String path) {
        JsonObject map = object(value, path);
        if (map == null) {
            return;
        }
        map.forEach((tag, text) -> {
            if (!Formats.isLanguageTag(tag)) {
                add(path, "\"" + tag + "\" is not an RFC 5646 language tag");
            }
            string(text, at(path, tag));
        });
    }

    /** Extensions: the keys must be IRIs, and the values are never judged (Data 4.1.s3). */
    void extensions(JsonValue value, String path) {
        JsonObject map = object(value, path);
        if (map == null) {
            return;
        }
        for (String key : map.keySet()) {
            if (!Formats.isIri(key)) {
                add(path, "the key \"" + key + "\" is not an IRI");
            }
        }
    }

    private <T> T wrongType(JsonValue value, String path, String expected) {
        add(path, value.getValueType() == JsonValue.ValueType.NULL ? "must not be null"
                : "must be " + expected + ", not " + typeOf(value));
        return null;
    }

    private static String typeOf(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
