package dk.samskab.xapi;

import static dk.samskab.xapi.ProblemList.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * Checks one statement against the MUST rules of xAPI 1.0.3 (Data part, section 2) and returns
 * every problem found, each at its path; an empty list means the statement is valid.
 *
 * <p>Properties the spec does not define are refused everywhere except inside extensions, as are
 * nulls and values of the wrong JSON type. Not checked: properties used twice in one object (a
 * parsed {@link JsonObject} keeps only one of them), whether a timestamp lies in the future (the
 * spec tells an LRS not to reject it), the response patterns' syntax (their character-string
 * parameters are not validated by an LRS either) and any interaction component id that contains
 * whitespace (only a SHOULD NOT). UUIDs of any version and variant are accepted in either case;
 * timestamps need a time zone.
 */
public final class StatementValidator {

    private static final Set<String> STATEMENT_PROPERTIES = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final List<String> NOT_IN_SUBSTATEMENT = List.of("id", "stored", "version", "authority");
    /** With the statement's properties a SubStatement must not have, which get a message of their own. */
    private static final Set<String> SUBSTATEMENT_PROPERTIES = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments", "id", "stored", "version", "authority");
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final Set<String> VERB_PROPERTIES = Set.of("id", "display");

    /** What a statement's object turned out to be; context's revision and platform depend on it. */
    private enum ObjectKind { ACTIVITY, AGENT_OR_GROUP, STATEMENT_REF, SUB_STATEMENT, INVALID }

    private final ProblemList problems = new ProblemList();
    private final AgentChecks agents = new AgentChecks(problems);
    private final ActivityChecks activities = new ActivityChecks(problems);
    private final ContextChecks contexts = new ContextChecks(problems, agents, activities);
    private final ResultChecks results = new ResultChecks(problems);
    private final AttachmentChecks attachments = new AttachmentChecks(problems);

    private StatementValidator() {
    }

    /** Every problem of the statement, in the order found; empty when it is valid. */
    public static List<StatementProblem> validate(JsonObject statement) {
        StatementValidator validator = new StatementValidator();
        validator.statement(statement, "", false);
        return validator.problems.toList();
    }

    /**
     * A statement, or a SubStatement at {@code path}: a SubStatement is validated as a statement
     * but has no id, stored, version or authority (Data 2.4.4.3.s8).
     */
    private void statement(JsonObject statement, String path, boolean sub) {
        if (sub) {
            problems.onlyKnown(statement, path, SUBSTATEMENT_PROPERTIES, "a SubStatement");
            for (String key : NOT_IN_SUBSTATEMENT) {
                if (statement.containsKey(key)) {
                    problems.add(at(path, key), "a SubStatement must not have " + key);
                }
            }
        } else {
            problems.onlyKnown(statement, path, STATEMENT_PROPERTIES, "a Statement");
            problems.format(statement, path, "id", Formats::isUuid, "a UUID");
            problems.format(statement, path, "stored", Formats::isTimestamp, "an ISO 8601 timestamp with a time zone");
            problems.format(statement, path, "version", Formats::isVersion, "a 1.0.x version such as 1.0.0");
            if (statement.containsKey("authority")) {
                authority(statement.get("authority"), at(path, "authority"));
            }
        }
        for (String key : List.of("actor", "verb", "object")) {
            problems.required(statement, path, key);
        }
        if (statement.containsKey("actor")) {
            agents.agentOrGroup(statement.get("actor"), at(path, "actor"));
        }
        if (statement.containsKey("verb")) {
            verb(statement.get("verb"), at(path, "verb"));
        }
        ObjectKind kind = ObjectKind.INVALID;
        if (statement.containsKey("object")) {
            kind = object(statement.get("object"), at(path, "object"), sub);
        }
        if (!sub && kind != ObjectKind.STATEMENT_REF && kind != ObjectKind.INVALID && voids(statement)) {
            problems.add(at(path, "object.objectType"), "must be StatementRef in a statement that voids another");
        }
        if (statement.containsKey("result")) {
            results.result(statement.get("result"), at(path, "result"));
        }
        if (statement.containsKey("context")) {
            // The revision and platform of an activity mean nothing when the object is not one.
            contexts.context(statement.get("context"), at(path, "context"), kind != ObjectKind.ACTIVITY && kind != ObjectKind.INVALID);
        }
        problems.format(statement, path, "timestamp", Formats::isTimestamp, "an ISO 8601 timestamp with a time zone");
        if (statement.containsKey("attachments")) {
            attachments.attachments(statement.get("attachments"), at(path, "attachments"));
        }
    }

    /** Whether the statement uses the one verb the spec reserves, which voids the statement it refers to (Data 2.3.2). */
    private static boolean voids(JsonObject statement) {
        return statement.get("verb") instanceof JsonObject verb && VOIDED.equals(verb.getString("id", null));
    }

    private void verb(JsonValue value, String path) {
        JsonObject verb = problems.object(value, path);
        if (verb == null) {
            return;
        }
        problems.onlyKnown(verb, path, VERB_PROPERTIES, "a Verb");
        problems.required(verb, path, "id");
        problems.format(verb, path, "id", Formats::isIri, "an IRI");
        if (verb.containsKey("display")) {
            problems.languageMap(verb.get("display"), at(path, "display"));
        }
    }

    /** The object, told apart by its objectType, which defaults to Activity (Data 2.4.4.s2). */
    private ObjectKind object(JsonValue value, String path, boolean inSubStatement) {
        JsonObject object = problems.object(value, path);
        if (object == null) {
            return ObjectKind.INVALID;
        }
        if (object.containsKey("objectType") && problems.string(object, path, "objectType") == null) {
            return ObjectKind.INVALID;
        }
        String objectType = object.getString("objectType", "Activity");
        switch (objectType) {
            case "Activity" -> {
                activities.activity(object, path);
                return ObjectKind.ACTIVITY;
            }
            case "Agent" -> {
                agents.agent(object, path);
                return ObjectKind.AGENT_OR_GROUP;
            }
            case "Group" -> {
                agents.group(object, path);
                return ObjectKind.AGENT_OR_GROUP;
            }
            case "StatementRef" -> {
                contexts.statementRef(object, path);
                return ObjectKind.STATEMENT_REF;
            }
            case "SubStatement" -> {
                if (inSubStatement) {
                    problems.add(at(path, "objectType"), "a SubStatement cannot contain another SubStatement");
                    return ObjectKind.INVALID;
                }
                statement(object, path, true);
                return ObjectKind.SUB_STATEMENT;
            }
            default -> {
                problems.add(at(path, "objectType"), "must be Activity, Agent, Group, StatementRef or SubStatement");
                return ObjectKind.INVALID;
            }
        }
    }

    /**
     * The authority: an Agent, or for 3-legged OAuth a Group of exactly two Agents, the
     * application and the user (Data 2.4.9.s3.b1).
     */
    private void authority(JsonValue value, String path) {
        boolean group = agents.agentOrGroup(value, path);
        if (!group || !(value instanceof JsonObject authority)) {
            return;
        }
        JsonValue members = authority.get("member");
        boolean identified = AgentChecks.IDENTIFIERS.stream().anyMatch(authority::containsKey);
        // An anonymous Group without members is already reported as such.
        boolean notTwo = members == null ? identified : members instanceof JsonArray list && list.size() != 2;
        if (notTwo) {
            problems.add(at(path, "member"), "an authority Group has exactly two Agents, the application and the user");
        }
    }
}
