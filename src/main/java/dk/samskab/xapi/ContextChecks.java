package dk.samskab.xapi;

import static dk.samskab.xapi.ProblemList.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * The rules for a statement's Context (Data 2.4.6), and for the Statement Reference that a
 * context's statement and a statement's object share.
 */
final class ContextChecks {

    private static final Set<String> CONTEXT_PROPERTIES = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions");
    private static final List<String> CONTEXT_TYPES = List.of("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_TYPE_PROPERTIES = Set.copyOf(CONTEXT_TYPES);
    private static final Set<String> STATEMENT_REF_PROPERTIES = Set.of("objectType", "id");

    private final ProblemList problems;
    private final AgentChecks agents;
    private final ActivityChecks activities;

    ContextChecks(ProblemList problems, AgentChecks agents, ActivityChecks activities) {
        this.problems = problems;
        this.agents = agents;
        this.activities = activities;
    }

    /**
     * A Context. Its revision and platform describe an activity, so they are refused when
     * {@code objectIsNotActivity} (Data 2.4.6.s4).
     */
    void context(JsonValue value, String path, boolean objectIsNotActivity) {
        JsonObject context = problems.object(value, path);
        if (context == null) {
            return;
        }
        problems.onlyKnown(context, path, CONTEXT_PROPERTIES, "a Context");
        problems.format(context, path, "registration", Formats::isUuid, "a UUID");
        if (context.containsKey("instructor")) {
            agents.agentOrGroup(context.get("instructor"), at(path, "instructor"));
        }
        if (context.containsKey("team")) {
            team(context.get("team"), at(path, "team"));
        }
        if (context.containsKey("contextActivities")) {
            contextActivities(context.get("contextActivities"), at(path, "contextActivities"));
        }
        for (String key : List.of("revision", "platform")) {
            String text = problems.string(context, path, key);
            if (text != null && objectIsNotActivity) {
                problems.add(at(path, key), "may only be used when the statement's object is an Activity");
            }
        }
        problems.format(context, path, "language", Formats::isLanguageTag, "an RFC 5646 language tag");
        if (context.containsKey("statement")) {
            JsonObject reference = problems.object(context.get("statement"), at(path, "statement"));
            if (reference != null) {
                statementRef(reference, at(path, "statement"));
            }
        }
        if (context.containsKey("extensions")) {
            problems.extensions(context.get("extensions"), at(path, "extensions"));
        }
    }

    private void team(JsonValue value, String path) {
        JsonObject team = problems.object(value, path);
        if (team == null) {
            return;
        }
        String objectType = problems.string(team, path, "objectType");
        if ("Group".equals(objectType)) {
            agents.group(team, path);
        } else if (objectType != null || !team.containsKey("objectType")) {
            problems.add(at(path, "objectType"), "must be Group, as a team is a Group");
        }
    }

    /** Each context type holds one Activity or an array of them (Data 2.4.6.2.s4). */
    private void contextActivities(JsonValue value, String path) {
        JsonObject types = problems.object(value, path);
        if (types == null) {
            return;
        }
        problems.onlyKnown(types, path, CONTEXT_TYPE_PROPERTIES, "contextActivities (parent, grouping, category, other)");
        for (String type : CONTEXT_TYPES) {
            JsonValue activities = types.get(type);
            if (activities == null) {
                continue;
            }
            String typePath = at(path, type);
            if (activities instanceof JsonArray list) {
                for (int i = 0; i < list.size(); i++) {
                    this.activities.activity(list.get(i), at(typePath, i));
                }
            } else if (activities instanceof JsonObject) {
                this.activities.activity(activities, typePath);
            } else {
                problems.add(typePath, activities.getValueType() == JsonValue.ValueType.NULL ? "must not be null"
                        : "must be an Activity or an array of Activities");
            }
        }
    }

    /** A Statement Reference: objectType StatementRef and the id of a statement (Data 2.4.4.3.s4). */
    void statementRef(JsonObject reference, String path) {
        problems.onlyKnown(reference, path, STATEMENT_REF_PROPERTIES, "a StatementRef");
        problems.required(reference, path, "objectType");
        problems.required(reference, path, "id");
        String objectType = problems.string(reference, path, "objectType");
        if (objectType != null && !objectType.equals("StatementRef")) {
            problems.add(at(path, "objectType"), "must be StatementRef");
        }
        problems.format(reference, path, "id", Formats::isUuid, "a UUID");
    }
}
