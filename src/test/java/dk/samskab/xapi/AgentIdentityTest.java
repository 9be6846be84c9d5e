package dk.samskab.xapi;

import static dk.samskab.xapi.Xapi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One canonical key per agent, whatever identifier it has and however that was written. */
class AgentIdentityTest {

    @Test
    void anMboxKeyHasItsDomainInLowerCase() {
        assertEquals("mbox:mailto:Anna.Jensen@aarhus.dk", AgentIdentity.of(json("{'mbox': 'mailto:Anna.Jensen@Aarhus.DK'}")).key());
    }

    @Test
    void anMboxSha1SumKeyIsInLowerCase() {
        assertEquals("mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9",
                AgentIdentity.of(json("{'mbox_sha1sum': 'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9'}")).key());
    }

    @Test
    void anOpenidKeyIsTheUriAsGiven() {
        assertEquals("openid:https://id.example.org/Anna", AgentIdentity.of(json("{'openid': 'https://id.example.org/Anna'}")).key());
    }

    @Test
    void anAccountKeyIsTheHomePageAndTheName() {
        AgentIdentity identity = AgentIdentity.of(json(
                "{'objectType': 'Agent', 'name': 'Anna', 'account': {'name': 'person|4711', 'homePage': 'https://samskab.dk'}}"));
        assertEquals("account:https://samskab.dk|person|4711", identity.key());
        assertEquals(identity.key(), identity.toString());
    }

    @Test
    void theAgentsNameAndObjectTypeDoNotChangeItsIdentity() {
        assertEquals(AgentIdentity.of(json("{'mbox': 'mailto:anna@aarhus.dk'}")),
                AgentIdentity.of(json("{'objectType': 'Agent', 'name': 'Anna J.', 'mbox': 'mailto:anna@AARHUS.dk'}")));
    }

    @Test
    void differentKindsOfIdentifierAreDifferentIdentities() {
        assertNotEquals(AgentIdentity.of(json("{'account': {'homePage': 'mailto:anna@aarhus.dk', 'name': 'x'}}")),
                AgentIdentity.of(json("{'mbox': 'mailto:anna@aarhus.dk'}")));
    }

    @Test
    void anIdentifiedGroupHasAnIdentity() {
        assertEquals("mbox:mailto:hold3@samskab.dk",
                AgentIdentity.of(json("{'objectType': 'Group', 'mbox': 'mailto:hold3@samskab.dk', 'member': []}")).key());
    }

    @Test
    void anAnonymousGroupOrAnAgentWithTwoIdentifiersHasNone() {
        assertThrows(IllegalArgumentException.class,
                () -> AgentIdentity.of(json("{'objectType': 'Group', 'member': [{'mbox': 'mailto:a@samskab.dk'}]}")));
        assertThrows(IllegalArgumentException.class,
                () -> AgentIdentity.of(json("{'mbox': 'mailto:a@samskab.dk', 'openid': 'https://id.example.org/a'}")));
        assertThrows(IllegalArgumentException.class, () -> AgentIdentity.of(json("{'mbox': 7}")));
    }
}
