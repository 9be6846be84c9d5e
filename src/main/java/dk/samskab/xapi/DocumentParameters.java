package dk.samskab.xapi;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of the three document resources (Communication 2.3 to 2.6), checked as the
 * Statement Resource's are: unknown, twice given or malformed parameters are refused with 400.
 * The State Resource keys its documents by activityId, agent and registration; the Activity
 * Profile Resource by activityId; the Agent Profile Resource by agent.
 */
public final class DocumentParameters {

    /**
     * What a request names: the scope, the document's id (null for a list or, in the State
     * Resource, for a DELETE of the whole scope) and, for a list, the time it starts after.
     */
    public record Named(DocumentScope scope, String documentId, Instant since) {

        public boolean one() {
            return documentId != null;
        }
    }

    private DocumentParameters() {
    }

    /**
     * The parameters of a request with this method to this resource.
     *
     * @throws LrsRefusal 400 when a parameter is missing, unknown, given twice or malformed
     */
    public static Named of(DocumentScope.Resource resource, String method, Map<String, List<String>> parameters) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        Set<String> known = new HashSet<>(Set.of(resource.idParameter()));
        switch (resource) {
            case STATE -> known.addAll(Set.of("activityId", "agent", "registration"));
            case ACTIVITY_PROFILE -> known.add("activityId");
            case AGENT_PROFILE -> known.add("agent");
        }
        if (read) {
            known.add("since");
        }
        Map<String, String> given = StatementParameters.single(parameters, known);
        String activityId = resource == DocumentScope.Resource.AGENT_PROFILE ? null : activity(given);
        String agentKey = resource == DocumentScope.Resource.ACTIVITY_PROFILE ? null : StatementParameters.agent(required(given, "agent"));
        String registration = given.containsKey("registration") ? StatementParameters.uuid("registration", given.get("registration")) : null;
        String documentId = given.get(resource.idParameter());
        if (documentId == null && !read && !(resource == DocumentScope.Resource.STATE && method.equals("DELETE"))) {
            throw LrsRefusal.badRequest("a " + method + " names the document: " + resource.idParameter() + " is required");
        }
        if (documentId != null && given.containsKey("since")) {
            throw LrsRefusal.badRequest("since lists the documents changed after a time; it does not go with "
                    + resource.idParameter() + ", which names one");
        }
        Instant since = StatementParameters.timestamp(given, "since");
        return new Named(new DocumentScope(resource, activityId, agentKey, registration), documentId, since);
    }

    private static String activity(Map<String, String> given) {
        String activityId = required(given, "activityId");
        if (!Formats.isIri(activityId)) {
            throw LrsRefusal.badRequest("activityId must be an IRI");
        }
        return activityId;
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null) {
            throw LrsRefusal.badRequest("the parameter " + name + " is required");
        }
        return value;
    }
}
