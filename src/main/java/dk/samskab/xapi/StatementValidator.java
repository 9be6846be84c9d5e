package dk.samskab.xapi;

import static dk.samskab.xapi.ProblemList.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
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
    private static final Set<String> STATEMENT_REF_PROPERTIES = Set.of("objectType", "id");
    private static final Set<String> RESULT_PROPERTIES = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT_PROPERTIES = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions");
    private static final List<String> CONTEXT_TYPES = List.of("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_TYPE_PROPERTIES = Set.copyOf(CONTEXT_TYPES);
    private static final Set<String> ATTACHMENT_PROPERTIES = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");

    /** What a statement's object turned out to be; context's revision and platform depend on it. */
    private enum ObjectKind { ACTIVITY, AGENT_OR_GROUP, STATEMENT_REF, SUB_STATEMENT, INVALID }

    private final ProblemList problems = new ProblemList();
    private final AgentChecks agents = new AgentChecks(problems);
    private final ActivityChecks activities = new ActivityChecks(problems);

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
            result(statement.get("result"), at(path, "result"));
        }
        if (statement.containsKey("context")) {
            context(statement.get("context"), at(path, "context"), kind);
        }
        problems.format(statement, path, "timestamp", Formats::isTimestamp, "an ISO 8601 timestamp with a time zone");
        if (statement.containsKey("attachments")) {
            attachments(statement.get("attachments"), at(path, "attachments"));
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
                statementRef(object, path);
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

    /** A Statement Reference: objectType StatementRef and the id of a statement (Data 2.4.4.3.s4). */
    private void statementRef(JsonObject reference, String path) {
        problems.onlyKnown(reference, path, STATEMENT_REF_PROPERTIES, "a StatementRef");
        problems.required(reference, path, "objectType");
        problems.required(reference, path, "id");
        String objectType = problems.string(reference, path, "objectType");
        if (objectType != null && !objectType.equals("StatementRef")) {
            problems.add(at(path, "objectType"), "must be StatementRef");
        }
        problems.format(reference, path, "id", Formats::isUuid, "a UUID");
    }

    private void result(JsonValue value, String path) {
        JsonObject result = problems.object(value, path);
        if (result == null) {
            return;
        }
        problems.onlyKnown(result, path, RESULT_PROPERTIES, "a Result");
        if (result.containsKey("score")) {
            score(result.get("score"), at(path, "score"));
        }
        for (String flag : List.of("success", "completion")) {
            if (result.containsKey(flag)) {
                problems.bool(result.get(flag), at(path, flag));
            }
        }
        problems.string(result, path, "response");
        problems.format(result, path, "duration", Formats::isDuration, "an ISO 8601 duration such as PT1H30M");
        if (result.containsKey("extensions")) {
            problems.extensions(result.get("extensions"), at(path, "extensions"));
        }
    }

    /** Score: scaled within [-1, 1], min below max, raw between them when they are given (Data 2.4.5.1). */
    private void score(JsonValue value, String path) {
        JsonObject score = problems.object(value, path);
        if (score == null) {
            return;
        }
        problems.onlyKnown(score, path, SCORE_PROPERTIES, "a Score");
        BigDecimal scaled = decimal(score, path, "scaled");
        BigDecimal raw = decimal(score, path, "raw");
        BigDecimal min = decimal(score, path, "min");
        BigDecimal max = decimal(score, path, "max");
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(at(path, "scaled"), "must be between -1 and 1");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            problems.add(at(path, "min"), "must be less than max");
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            problems.add(at(path, "raw"), "must not be less than min");
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            problems.add(at(path, "raw"), "must not be more than max");
        }
    }

    private BigDecimal decimal(JsonObject object, String path, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        JsonNumber number = problems.number(value, at(path, key));
        return number == null ? null : number.bigDecimalValue();
    }

    private void context(JsonValue value, String path, ObjectKind objectKind) {
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
        // The revision and platform of an activity mean nothing when the object is not one (Data 2.4.6.s4).
        for (String key : List.of("revision", "platform")) {
            String text = problems.string(context, path, key);
            if (text != null && objectKind != ObjectKind.ACTIVITY && objectKind != ObjectKind.INVALID) {
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

    private void attachments(JsonValue value, String path) {
        JsonArray list = problems.array(value, path);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String attachmentPath = at(path, i);
            JsonObject attachment = problems.object(list.get(i), attachmentPath);
            if (attachment != null) {
                attachment(attachment, attachmentPath);
            }
        }
    }

    /** An attachment's metadata (Data 2.4.11); its data, if sent, is checked where the request is read. */
    private void attachment(JsonObject attachment, String path) {
        problems.onlyKnown(attachment, path, ATTACHMENT_PROPERTIES, "an Attachment");
        for (String key : List.of("usageType", "display", "contentType", "length", "sha2")) {
            problems.required(attachment, path, key);
        }
        problems.format(attachment, path, "usageType", Formats::isIri, "an IRI");
        for (String map : List.of("display", "description")) {
            if (attachment.containsKey(map)) {
                problems.languageMap(attachment.get(map), at(path, map));
            }
        }
        problems.format(attachment, path, "contentType", Formats::isMediaType, "an Internet media type such as application/pdf");
        JsonValue length = attachment.get("length");
        if (length != null) {
            JsonNumber number = problems.number(length, at(path, "length"));
            BigDecimal octets = number == null ? null : number.bigDecimalValue();
            if (octets != null && (octets.signum() < 0 || octets.stripTrailingZeros().scale() > 0)) {
                problems.add(at(path, "length"), "must be a whole number of octets, not negative");
            }
        }
        problems.format(attachment, path, "sha2", sha2 -> !sha2.isEmpty(), "the SHA-2 hash of the data");
        problems.format(attachment, path, "fileUrl", Formats::isIrl, "an IRL");
    }
}
