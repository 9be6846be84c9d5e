package dk.samskab.xapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A request body read as JSON, refusing a property used twice in one object. A statement must use
 * each property no more than once (Data 2.2.s4.b1.b6), and a parsed JSON object keeps only one of
 * them, so the text is walked once as a stream of events before it is parsed.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** The JSON value of the text. @throws LrsRefusal 400 when it is not JSON, or an object has a property twice */
    public static JsonValue read(String text) {
        try {
            String duplicate = firstDuplicate(text);
            if (duplicate != null) {
                throw LrsRefusal.badRequest("the property " + duplicate + " is used more than once in its object");
            }
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readValue();
            }
        } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException notJson) {
            throw LrsRefusal.badRequest("the body is not JSON: " + notJson.getMessage());
        } catch (JsonException notJson) {
            throw LrsRefusal.badRequest("the body is not JSON");
        }
    }

    /** The path of the first property that its object already has, such as {@code [1].actor.mbox}; null when there is none. */
    static String firstDuplicate(String text) {
        Deque<Level> levels = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        String path = levels.isEmpty() ? "" : levels.peek().childPath();
                        levels.push(new Level(path, event == JsonParser.Event.START_OBJECT));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        levels.pop();
                        valueDone(levels);
                    }
                    case KEY_NAME -> {
                        Level object = levels.peek();
                        if (!object.keys.add(parser.getString())) {
                            return ProblemList.at(object.path, parser.getString());
                        }
                        object.key = parser.getString();
                    }
                    default -> valueDone(levels);
                }
            }
        }
        return null;
    }

    private static void valueDone(Deque<Level> levels) {
        if (!levels.isEmpty() && !levels.peek().object) {
            levels.peek().index++;
        }
    }

    /** An object or array being read: its path, and the keys seen or the position reached. */
    private static final class Level {
        final String path;
        final boolean object;
        final Set<String> keys = new HashSet<>();
        String key;
        int index;

        Level(String path, boolean object) {
            this.path = path;
            this.object = object;
        }

        String childPath() {
            return object ? ProblemList.at(path, key) : ProblemList.at(path, index);
        }
    }
}
