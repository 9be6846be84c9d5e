package dk.samskab.xapi;

import java.util.Objects;

/**
 * Where a document of the LRS lives: its resource, and the activity, agent and registration that
 * resource keys its documents by. Documents of one scope are listed together, and the State
 * Resource deletes them together.
 *
 * @param activityId the activity's IRI, or null for an agent profile
 * @param agentKey the agent's {@link AgentIdentity} key, or null for an activity profile
 * @param registration the lower-case registration UUID of a state, or null
 */
public record DocumentScope(Resource resource, String activityId, String agentKey, String registration) {

    /** The three document resources (Communication 2.3 to 2.6) and the name of each one's document id parameter. */
    public enum Resource {
        STATE("stateId"), ACTIVITY_PROFILE("profileId"), AGENT_PROFILE("profileId");

        private final String idParameter;

        Resource(String idParameter) {
            this.idParameter = idParameter;
        }

        public String idParameter() {
            return idParameter;
        }
    }

    public DocumentScope {
        Objects.requireNonNull(resource, "resource");
    }

    /** The SHA-256 of the scope. Only the agent's part is free text, and it is never last, so no two scopes share the text hashed. */
    String key() {
        return FilterKey.hash(resource + "\n" + part(activityId) + "\n" + part(agentKey) + "\n" + part(registration));
    }

    /** The SHA-256 of the scope and a document id in it. */
    String keyOf(String documentId) {
        return FilterKey.hash(key() + "\n" + documentId);
    }

    private static String part(String value) {
        return value == null ? "-" : "=" + value;
    }
}
