package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parameters of the State, Activity Profile and Agent Profile Resources. */
class DocumentParametersTest {

    private static final String ACTIVITY = "https://samskab.dk/kurser/FRI-001";
    private static final String ANNA = "{\"mbox\":\"mailto:anna@EXAMPLE.dk\"}";

    private static Map<String, List<String>> given(String... pairs) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return parameters;
    }

    private static String refusal(DocumentScope.Resource resource, String method, String... pairs) {
        return assertThrows(LrsRefusal.class, () -> DocumentParameters.of(resource, method, given(pairs))).getMessage();
    }

    @Test
    void aStateIsNamedByActivityAgentRegistrationAndStateId() {
        DocumentParameters.Named named = DocumentParameters.of(DocumentScope.Resource.STATE, "PUT", given("activityId", ACTIVITY,
                "agent", ANNA, "registration", "EC531277-B57B-4C15-8D91-D292C5B2B8F7", "stateId", "LMS.LaunchData"));
        assertEquals(new DocumentScope(DocumentScope.Resource.STATE, ACTIVITY, "mbox:mailto:anna@example.dk",
                "ec531277-b57b-4c15-8d91-d292c5b2b8f7"), named.scope());
        assertEquals("LMS.LaunchData", named.documentId());
        assertTrue(named.one());
    }

    @Test
    void aListTakesSinceAndAStateScopeIsDeletedWhole() {
        DocumentParameters.Named list = DocumentParameters.of(DocumentScope.Resource.ACTIVITY_PROFILE, "GET",
                given("activityId", ACTIVITY, "since", "2026-12-01T10:00:00+01:00"));
        assertFalse(list.one());
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), list.since());
        assertNull(DocumentParameters.of(DocumentScope.Resource.STATE, "DELETE", given("activityId", ACTIVITY, "agent", ANNA)).documentId());
    }

    @Test
    void missingUnknownAndMalformedParametersAreRefused() {
        assertTrue(refusal(DocumentScope.Resource.STATE, "GET", "activityId", ACTIVITY).contains("agent"));
        assertTrue(refusal(DocumentScope.Resource.STATE, "PUT", "activityId", ACTIVITY, "agent", ANNA).contains("stateId"));
        assertTrue(refusal(DocumentScope.Resource.AGENT_PROFILE, "DELETE", "agent", ANNA).contains("profileId"));
        assertTrue(refusal(DocumentScope.Resource.AGENT_PROFILE, "GET", "agent", ANNA, "activityId", ACTIVITY).contains("activityId"));
        assertTrue(refusal(DocumentScope.Resource.ACTIVITY_PROFILE, "GET", "activityId", "not an iri").contains("IRI"));
        assertTrue(refusal(DocumentScope.Resource.STATE, "GET", "activityId", ACTIVITY, "agent", ANNA, "stateid", "x").contains("stateId"));
        assertTrue(refusal(DocumentScope.Resource.STATE, "PUT", "activityId", ACTIVITY, "agent", ANNA, "stateId", "x",
                "since", "2026-01-01T00:00:00Z").contains("since"));
        assertTrue(refusal(DocumentScope.Resource.STATE, "GET", "activityId", ACTIVITY, "agent", ANNA, "registration", "x").contains("UUID"));
        assertTrue(refusal(DocumentScope.Resource.STATE, "GET", "activityId", ACTIVITY, "activityId", ACTIVITY, "agent", ANNA)
                .contains("more than once"));
    }

    @Test
    void scopesAndDocumentsHaveKeysOfTheirOwn() {
        DocumentScope state = new DocumentScope(DocumentScope.Resource.STATE, ACTIVITY, "mbox:mailto:a@b.dk", null);
        DocumentScope registered = new DocumentScope(DocumentScope.Resource.STATE, ACTIVITY, "mbox:mailto:a@b.dk",
                "ec531277-b57b-4c15-8d91-d292c5b2b8f7");
        DocumentScope profile = new DocumentScope(DocumentScope.Resource.ACTIVITY_PROFILE, ACTIVITY, null, null);
        assertNotEquals(state.key(), registered.key());
        assertNotEquals(state.key(), profile.key());
        assertNotEquals(state.keyOf("a"), state.keyOf("b"));
        assertEquals(64, state.keyOf("a").length());
    }
}
