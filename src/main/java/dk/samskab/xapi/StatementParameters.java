package dk.samskab.xapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query parameters of the Statement Resource (Communication 2.1), checked as the spec says:
 * a parameter the resource does not know, one that differs from a known one only in case, or one
 * given twice is refused with 400 (Communication 3.2.s3.b7, b8), and so is a value of the wrong
 * form. Every method returns what the request asks for or throws an {@link LrsRefusal}.
 */
public final class StatementParameters {

    /** What a GET asks for. */
    public sealed interface Read permits Single, Page {
    }

    /** One statement by its id: a voided one only by voidedStatementId, any other only by statementId. */
    public record Single(String id, boolean voided, boolean attachments) implements Read {
    }

    /** A page of the query's statements after the stored position given (none: the first page). */
    public record Page(StatementQuery query, Long after) implements Read {
    }

    static final String STATEMENT_ID = "statementId";
    static final String VOIDED_STATEMENT_ID = "voidedStatementId";
    /** The LRS's own parameter: the continuation of a list, in the "more" link it gave. */
    static final String MORE = "more";

    private static final Set<String> FILTERS = Set.of("agent", "verb", "activity", "registration", "related_activities",
            "related_agents", "since", "until", "limit", "format", "attachments", "ascending");
    /** What may come with statementId or voidedStatementId (Communication 2.1.3.s2.b2). */
    private static final Set<String> WITH_AN_ID = Set.of("attachments", "format");
    private static final Set<String> FORMATS = Set.of("ids", "exact", "canonical");

    private StatementParameters() {
    }

    /** A GET: one statement, a first page of a query, or the next page through "more". */
    public static Read get(Map<String, List<String>> parameters) {
        Map<String, String> given = single(parameters, union(FILTERS, Set.of(STATEMENT_ID, VOIDED_STATEMENT_ID, MORE)));
        if (given.containsKey(MORE)) {
            if (given.size() > 1) {
                throw LrsRefusal.badRequest("more is used alone, as the link the LRS gave: the query is in it");
            }
            return MoreToken.decode(given.get(MORE));
        }
        boolean byId = given.containsKey(STATEMENT_ID);
        boolean byVoidedId = given.containsKey(VOIDED_STATEMENT_ID);
        if (byId && byVoidedId) {
            throw LrsRefusal.badRequest("statementId and voidedStatementId cannot be used together");
        }
        if (byId || byVoidedId) {
            String name = byId ? STATEMENT_ID : VOIDED_STATEMENT_ID;
            Set<String> others = given.keySet().stream().filter(k -> !k.equals(name) && !WITH_AN_ID.contains(k))
                    .collect(Collectors.toSet());
            if (!others.isEmpty()) {
                throw LrsRefusal.badRequest(name + " can only be combined with attachments and format, not with "
                        + String.join(", ", others.stream().sorted().toList()));
            }
            format(given);
            return new Single(uuid(name, given.get(name)), byVoidedId, bool(given, "attachments"));
        }
        return new Page(query(given), null);
    }

    /** A PUT: the id of the statement to store, which is required and the only parameter. */
    public static String put(Map<String, List<String>> parameters) {
        Map<String, String> given = single(parameters, Set.of(STATEMENT_ID));
        if (!given.containsKey(STATEMENT_ID)) {
            throw LrsRefusal.badRequest("a PUT names the statement's id in the statementId parameter");
        }
        return uuid(STATEMENT_ID, given.get(STATEMENT_ID));
    }

    /** A POST of statements takes no parameters. */
    public static void post(Map<String, List<String>> parameters) {
        single(parameters, Set.of());
    }

    private static StatementQuery query(Map<String, String> given) {
        String agent = given.containsKey("agent") ? agent(given.get("agent")) : null;
        String verb = iri(given, "verb");
        String activity = iri(given, "activity");
        String registration = given.containsKey("registration") ? uuid("registration", given.get("registration")) : null;
        Instant since = timestamp(given, "since");
        Instant until = timestamp(given, "until");
        return new StatementQuery(agent, verb, activity, registration, bool(given, "related_activities"),
                bool(given, "related_agents"), since, until, limit(given), bool(given, "ascending"), format(given),
                bool(given, "attachments"));
    }

    /**
     * Each parameter once, every one of them known. A name that is known in another case gets a
     * message of its own, since that is the likely mistake.
     */
    public static Map<String, String> single(Map<String, List<String>> parameters, Set<String> known) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!known.contains(name)) {
                String differentCase = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
                throw LrsRefusal.badRequest(differentCase != null
                        ? "the parameter " + name + " is spelt " + differentCase + " (parameters are case-sensitive)"
                        : "this request does not take the parameter " + name);
            }
            if (parameter.getValue().size() != 1) {
                throw LrsRefusal.badRequest("the parameter " + name + " is given more than once");
            }
        }
        return parameters.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
    }

    /** The agent filter: an Agent or identified Group as JSON (Communication 2.1.3), as its identity key. */
    static String agent(String json) {
        return AgentIdentity.of(identifiedAgent(json)).key();
    }

    /**
     * An identified Agent or Group given as JSON in a parameter, checked.
     *
     * @throws LrsRefusal 400 when it is not JSON, not a valid Agent or Group, or an anonymous Group
     */
    public static JsonObject identifiedAgent(String json) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException notJson) {
            throw LrsRefusal.badRequest("agent must be an Agent or identified Group as JSON");
        }
        ProblemList problems = new ProblemList();
        new AgentChecks(problems).agentOrGroup(value, "agent");
        if (!problems.toList().isEmpty()) {
            throw LrsRefusal.badRequest("agent is not a valid Agent or Group: " + problems.toList().stream()
                    .map(StatementProblem::toString).collect(Collectors.joining("; ")));
        }
        JsonObject agent = (JsonObject) value;
        if (AgentChecks.IDENTIFIERS.stream().noneMatch(agent::containsKey)) {
            throw LrsRefusal.badRequest("agent must be identified: an anonymous Group cannot be used as a filter");
        }
        return agent;
    }

    public static boolean isIri(String text) {
        return Formats.isIri(text);
    }

    private static String iri(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value != null && !Formats.isIri(value)) {
            throw LrsRefusal.badRequest(name + " must be an IRI");
        }
        return value;
    }

    static String uuid(String name, String value) {
        if (!Formats.isUuid(value)) {
            throw LrsRefusal.badRequest(name + " must be a UUID");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    static Instant timestamp(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null) {
            return null;
        }
        Instant moment = Formats.instantOf(value);
        if (moment == null) {
            throw LrsRefusal.badRequest(name + " must be an ISO 8601 timestamp with a time zone");
        }
        return moment;
    }

    /** true or false, as in JSON (Communication 2.1.3); absent is false. */
    private static boolean bool(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw LrsRefusal.badRequest(name + " must be true or false");
    }

    private static int limit(Map<String, String> given) {
        String value = given.get("limit");
        if (value == null) {
            return StatementQuery.MAX_LIMIT;
        }
        if (!value.matches("\\d{1,18}")) {
            throw LrsRefusal.badRequest("limit must be a whole number, 0 or more");
        }
        return StatementQuery.pageSize(Long.parseLong(value));
    }

    private static String format(Map<String, String> given) {
        String value = given.getOrDefault("format", "exact");
        if (!FORMATS.contains(value)) {
            throw LrsRefusal.badRequest("format must be ids, exact or canonical");
        }
        return value;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        return Stream.concat(first.stream(), second.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
