package dk.samskab.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One value that the verb, agent or activity filter of a statement query matches a statement by
 * (Communication 2.1.3): a verb IRI, an agent's {@link AgentIdentity} key or an activity IRI.
 * A direct key matches the plain filter; the others only match with related_agents or
 * related_activities.
 * <ul>
 * <li>verb: the statement's verb, direct;</li>
 * <li>agent: the actor and an Agent or Group object, direct, with the members of such a Group
 * (the spec counts a Group whose member is the agent asked for as a match); the authority, the
 * context's instructor and team, and a SubStatement's actor, object, instructor and team, related;</li>
 * <li>activity: an Activity object, direct; the context activities, and a SubStatement's Activity
 * object and context activities, related.</li>
 * </ul>
 */
public record FilterKey(Kind kind, String value, boolean direct) {

    public enum Kind { VERB, AGENT, ACTIVITY }

    public FilterKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** The value as kept in the database and asked for in queries: its SHA-256, as 64 lower-case hex digits. */
    public String hash() {
        return hash(value);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Every key of a statement {@link StatementValidator} accepted, each value once: a value found
     * both directly and as a related one is direct.
     */
    public static List<FilterKey> of(JsonObject statement) {
        Found found = new Found();
        if (statement.get("verb") instanceof JsonObject verb) {
            found.add(Kind.VERB, verb.getString("id"), true);
        }
        found.agents(statement.get("actor"), true);
        found.object(statement.get("object"), true);
        found.context(statement.get("context"));
        found.agents(statement.get("authority"), false);
        if (statement.get("object") instanceof JsonObject object && "SubStatement".equals(object.getString("objectType", null))) {
            found.agents(object.get("actor"), false);
            found.object(object.get("object"), false);
            found.context(object.get("context"));
        }
        return found.toList();
    }

    /** The keys found so far, in the order found, with whether any occurrence was direct. */
    private static final class Found {

        private final Map<Kind, Map<String, Boolean>> keys = new LinkedHashMap<>();

        void add(Kind kind, String value, boolean direct) {
            keys.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(value, direct, Boolean::logicalOr);
        }

        /** An Activity object (the default objectType) or an Agent or Group object; other objects have no key. */
        void object(JsonValue value, boolean direct) {
            if (!(value instanceof JsonObject object)) {
                return;
            }
            switch (object.getString("objectType", "Activity")) {
                case "Activity" -> add(Kind.ACTIVITY, object.getString("id"), direct);
                case "Agent", "Group" -> agents(object, direct);
                default -> {
                    // A StatementRef is matched through the statement it targets; a SubStatement by its parts.
                }
            }
        }

        /** An Agent, or a Group by its own identifier (when it has one) and each identified member's. */
        void agents(JsonValue value, boolean direct) {
            if (!(value instanceof JsonObject agent)) {
                return;
            }
            if (AgentChecks.IDENTIFIERS.stream().anyMatch(agent::containsKey)) {
                add(Kind.AGENT, AgentIdentity.of(agent).key(), direct);
            }
            if (agent.get("member") instanceof JsonArray members) {
                for (JsonValue member : members) {
                    agents(member, direct);
                }
            }
        }

        void context(JsonValue value) {
            if (!(value instanceof JsonObject context)) {
                return;
            }
            agents(context.get("instructor"), false);
            agents(context.get("team"), false);
            if (context.get("contextActivities") instanceof JsonObject types) {
                for (JsonValue activities : types.values()) {
                    for (JsonValue activity : Statements.asArray(activities)) {
                        if (activity instanceof JsonObject a) {
                            add(Kind.ACTIVITY, a.getString("id"), false);
                        }
                    }
                }
            }
        }

        List<FilterKey> toList() {
            List<FilterKey> list = new ArrayList<>();
            keys.forEach((kind, values) -> values.forEach((value, direct) -> list.add(new FilterKey(kind, value, direct))));
            return list;
        }
    }
}
