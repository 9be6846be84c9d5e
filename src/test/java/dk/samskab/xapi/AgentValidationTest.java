package dk.samskab.xapi;

import static dk.samskab.xapi.Xapi.MINIMAL;
import static dk.samskab.xapi.Xapi.assertOneProblemAt;
import static dk.samskab.xapi.Xapi.assertValid;
import static dk.samskab.xapi.Xapi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Agents and Groups: one inverse functional identifier each, and Groups of Agents only. */
class AgentValidationTest {

    @Test
    void acceptsEachOfTheFourIdentifiers() {
        for (String agent : List.of("{'mbox': 'mailto:anna@example.org'}",
                "{'mbox_sha1sum': 'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9'}",
                "{'openid': 'https://id.example.org/anna'}",
                "{'objectType': 'Agent', 'name': 'Anna', 'account': {'homePage': 'https://samskab.dk', 'name': '4711'}}")) {
            assertValid(with(MINIMAL, "actor", agent));
        }
    }

    @Test
    void refusesAnAgentWithoutAnIdentifier() {
        assertOneProblemAt("actor", with(MINIMAL, "actor", "{'objectType': 'Agent', 'name': 'Anna'}"));
    }

    @Test
    void refusesAnAgentWithTwoIdentifiers() {
        StatementProblem problem = assertOneProblemAt("actor",
                with(MINIMAL, "actor", "{'mbox': 'mailto:anna@example.org', 'openid': 'https://id.example.org/anna'}"));
        assertEquals("has more than one inverse functional identifier: mbox, openid", problem.message());
    }

    @Test
    void refusesAnMboxThatIsNotAMailtoIri() {
        for (String mbox : List.of("'anna@example.org'", "'mailto:anna'", "'MAILTO:anna@example.org'", "'mailto:anna @example.org'",
                "''")) {
            assertOneProblemAt("actor.mbox", with(MINIMAL, "actor", "{'mbox': " + mbox + "}"));
        }
    }

    @Test
    void refusesAnMboxSha1SumThatIsNotFortyHexDigits() {
        assertOneProblemAt("actor.mbox_sha1sum", with(MINIMAL, "actor", "{'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a016ee'}"));
        assertOneProblemAt("actor.mbox_sha1sum", with(MINIMAL, "actor", "{'mbox_sha1sum': 'zbd31e95054c018b10727ccffd2ef2ec3a016ee9'}"));
    }

    @Test
    void refusesAnOpenidThatIsNotAnAbsoluteUri() {
        assertOneProblemAt("actor.openid", with(MINIMAL, "actor", "{'openid': 'id.example.org/anna'}"));
        assertOneProblemAt("actor.openid", with(MINIMAL, "actor", "{'openid': 'https://id.example.org/anna jensen'}"));
    }

    @Test
    void refusesAnAccountWithoutANameOrWithAHomePageThatIsNotAnIrl() {
        assertOneProblemAt("actor.account.name", with(MINIMAL, "actor", "{'account': {'homePage': 'https://samskab.dk'}}"));
        assertOneProblemAt("actor.account.homePage", with(MINIMAL, "actor", "{'account': {'homePage': 'samskab.dk', 'name': '4711'}}"));
        assertOneProblemAt("actor.account.name", with(MINIMAL, "actor", "{'account': {'homePage': 'https://samskab.dk', 'name': 4711}}"));
        assertOneProblemAt("actor.account.id", with(MINIMAL, "actor",
                "{'account': {'homePage': 'https://samskab.dk', 'name': '4711', 'id': 1}}"));
    }

    @Test
    void refusesAnObjectTypeThatIsNotExactlyAgentOrGroup() {
        assertOneProblemAt("actor.objectType", with(MINIMAL, "actor.objectType", "'agent'"));
        assertOneProblemAt("actor.objectType", with(MINIMAL, "actor.objectType", "'Person'"));
    }

    @Test
    void refusesAPropertyAnAgentDoesNotHave() {
        assertOneProblemAt("actor.email", with(MINIMAL, "actor.email", "'anna@example.org'"));
        assertOneProblemAt("actor.member", with(MINIMAL, "actor.member", "[]"));
    }

    @Test
    void acceptsAnAnonymousGroupListingItsMembers() {
        assertValid(with(MINIMAL, "actor", """
                {'objectType': 'Group', 'name': 'Hold 3',
                 'member': [{'mbox': 'mailto:anna@example.org'}, {'objectType': 'Agent', 'openid': 'https://id.example.org/bo'}]}
                """));
    }

    @Test
    void refusesAnAnonymousGroupWithoutMembers() {
        StatementProblem problem = assertOneProblemAt("actor.member", with(MINIMAL, "actor", "{'objectType': 'Group', 'name': 'Hold 3'}"));
        assertEquals("is required in an anonymous Group", problem.message());
    }

    @Test
    void refusesAGroupAmongAGroupsMembers() {
        assertOneProblemAt("actor.member[1].objectType", with(MINIMAL, "actor", """
                {'objectType': 'Group', 'member': [{'mbox': 'mailto:anna@example.org'},
                    {'objectType': 'Group', 'member': [{'mbox': 'mailto:bo@example.org'}]}]}
                """));
    }

    @Test
    void refusesAMemberWithoutAnIdentifier() {
        assertOneProblemAt("actor.member[0]", with(MINIMAL, "actor", "{'objectType': 'Group', 'member': [{'name': 'Anna'}]}"));
    }

    @Test
    void acceptsAnIdentifiedGroupWithOrWithoutMembers() {
        assertValid(with(MINIMAL, "actor", "{'objectType': 'Group', 'account': {'homePage': 'https://samskab.dk', 'name': 'hold-3'}}"));
        assertValid(with(MINIMAL, "actor", """
                {'objectType': 'Group', 'mbox': 'mailto:hold3@example.org', 'member': [{'mbox': 'mailto:anna@example.org'}]}
                """));
    }

    @Test
    void refusesAnIdentifiedGroupWithTwoIdentifiers() {
        assertOneProblemAt("actor", with(MINIMAL, "actor",
                "{'objectType': 'Group', 'mbox': 'mailto:hold3@example.org', 'openid': 'https://id.example.org/hold3'}"));
    }

    @Test
    void refusesMembersThatAreNotAnArrayOfObjects() {
        assertOneProblemAt("actor.member", with(MINIMAL, "actor", "{'objectType': 'Group', 'member': {'mbox': 'mailto:a@example.org'}}"));
        assertOneProblemAt("actor.member[0]", with(MINIMAL, "actor", "{'objectType': 'Group', 'member': ['mailto:a@example.org']}"));
    }
}
