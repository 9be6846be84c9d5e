package dk.samskab.xapi.web;

import dk.samskab.xapi.LrsRefusal;
import dk.samskab.xapi.StatementParameters;
import dk.samskab.xapi.StatementStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Agents Resource (Communication 2.4), /xapi/agents?agent=..., which answers the Person the
 * LRS knows for an agent; and the Activities Resource (2.5), /xapi/activities?activityId=...,
 * which answers the activity with the definition the latest statement about it gave. The LRS
 * keeps no other identities, so a Person holds the identifiers of the agent asked about.
 */
@ApplicationScoped
public class IdentityResource {

    static final Set<String> RESOURCES = Set.of("agents", "activities");

    private static final List<String> PERSON_PROPERTIES = List.of("name", "mbox", "mbox_sha1sum", "openid", "account");

    @Inject
    StatementStore statements;

    LrsAnswer answer(LrsRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return LrsAnswer.error(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the " + request.resource() + " resource takes GET and HEAD")
                    .header("Allow", "GET, HEAD");
        }
        return request.resource().equals("agents") ? person(request.parameters()) : activity(request.parameters());
    }

    private static LrsAnswer person(Map<String, List<String>> parameters) {
        String json = only(parameters, "agent");
        JsonObject agent = StatementParameters.identifiedAgent(json);
        if ("Group".equals(agent.getString("objectType", "Agent"))) {
            throw LrsRefusal.badRequest("agent must be an Agent; the Agents Resource does not describe Groups");
        }
        JsonObjectBuilder person = Json.createObjectBuilder().add("objectType", "Person");
        for (String property : PERSON_PROPERTIES) {
            if (agent.containsKey(property)) {
                person.add(property, Json.createArrayBuilder().add(agent.get(property)));
            }
        }
        return LrsAnswer.json(HttpServletResponse.SC_OK, person.build().toString()).withETag();
    }

    private LrsAnswer activity(Map<String, List<String>> parameters) {
        String activityId = only(parameters, "activityId");
        if (!StatementParameters.isIri(activityId)) {
            throw LrsRefusal.badRequest("activityId must be an IRI");
        }
        JsonObject activity = statements.activity(activityId)
                .map(known -> Json.createObjectBuilder(known).add("objectType", "Activity").build())
                .orElseGet(() -> Json.createObjectBuilder().add("objectType", "Activity").add("id", activityId).build());
        return LrsAnswer.json(HttpServletResponse.SC_OK, activity.toString()).withETag();
    }

    private static String only(Map<String, List<String>> parameters, String name) {
        String value = StatementParameters.single(parameters, Set.of(name)).get(name);
        if (value == null) {
            throw LrsRefusal.badRequest("the parameter " + name + " is required");
        }
        return value;
    }
}
