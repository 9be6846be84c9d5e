package dk.samskab.xapi;

import static dk.samskab.xapi.Xapi.FULL;
import static dk.samskab.xapi.Xapi.MINIMAL;
import static dk.samskab.xapi.Xapi.json;
import static dk.samskab.xapi.Xapi.with;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** When a statement sent again under the same id is the same one (accepted) or a different one (a conflict). */
class StatementEquivalenceTest {

    @Test
    void aStatementIsTheSameAsItself() {
        assertTrue(StatementEquivalence.same(json(FULL), json(FULL)));
    }

    @Test
    void theOrderOfPropertiesDoesNotMatter() {
        JsonObject reordered = json("""
                {'object': {'id': 'https://samskab.dk/kurser/samskabelse'},
                 'verb': {'display': {'en-US': 'completed'}, 'id': 'http://adlnet.gov/expapi/verbs/completed'},
                 'actor': {'mbox': 'mailto:anna@example.org'}}
                """);
        assertTrue(StatementEquivalence.same(json(MINIMAL), reordered));
    }

    @Test
    void whatTheLrsSetsIsIgnored() {
        JsonObject stored = with(with(with(with(with(MINIMAL, "id", "'6690e6c9-3ef0-4ed3-8b37-7f3964730bee'"),
                "stored", "'2026-03-01T09:30:00.000Z'"), "timestamp", "'2026-03-01T09:30:00.000Z'"), "version", "'1.0.0'"),
                "authority", "{'mbox': 'mailto:lrs@samskab.dk'}");
        assertTrue(StatementEquivalence.same(json(MINIMAL), stored));
    }

    @Test
    void aDifferentVerbObjectOrResultIsADifferentStatement() {
        assertFalse(StatementEquivalence.same(json(MINIMAL), with(MINIMAL, "verb.id", "'http://adlnet.gov/expapi/verbs/passed'")));
        assertFalse(StatementEquivalence.same(json(MINIMAL), with(MINIMAL, "object.id", "'https://samskab.dk/kurser/andet'")));
        assertFalse(StatementEquivalence.same(json(FULL), with(FULL, "result.success", "true")));
        assertFalse(StatementEquivalence.same(json(FULL), with(FULL, "result.score.scaled", "0.75")));
        assertFalse(StatementEquivalence.same(json(MINIMAL), with(MINIMAL, "result.completion", "true")));
    }

    @Test
    void timestampsThatNameTheSameMomentAreTheSame() {
        JsonObject utc = with(MINIMAL, "timestamp", "'2026-03-01T09:15:30.250Z'");
        assertTrue(StatementEquivalence.same(utc, with(MINIMAL, "timestamp", "'2026-03-01T10:15:30.2504+01:00'")));
        assertFalse(StatementEquivalence.same(utc, with(MINIMAL, "timestamp", "'2026-03-01T09:15:30.251Z'")));
    }

    @Test
    void differentVersionsSentByTheClientDiffer() {
        assertFalse(StatementEquivalence.same(with(MINIMAL, "version", "'1.0.0'"), with(MINIMAL, "version", "'1.0.3'")));
    }

    @Test
    void theActivityDefinitionAndTheVerbDisplayAreNotPartOfTheStatement() {
        JsonObject renamed = with(with(FULL, "object.definition.name", "{'da': 'Hvem skal med?'}"), "verb.display", "{'da': 'svarede'}");
        assertTrue(StatementEquivalence.same(json(FULL), renamed));
        assertTrue(StatementEquivalence.same(json(MINIMAL), with(MINIMAL, "object.definition", "{'name': {'da': 'Samskabelse'}}")));
    }

    @Test
    void theOrderOfAGroupsMembersDoesNotMatter() {
        JsonObject swapped = with(FULL, "context.team.member",
                "[{'openid': 'https://id.example.org/carl'}, {'mbox': 'mailto:anna@example.org'}]");
        assertTrue(StatementEquivalence.same(json(FULL), swapped));
        JsonObject replaced = with(FULL, "context.team.member",
                "[{'openid': 'https://id.example.org/carl'}, {'mbox': 'mailto:bo@example.org'}]");
        assertFalse(StatementEquivalence.same(json(FULL), replaced));
    }

    @Test
    void theCaseOfAnMboxDomainDoesNotMatterButTheLocalPartDoes() {
        assertTrue(StatementEquivalence.same(json(MINIMAL), with(MINIMAL, "actor.mbox", "'mailto:anna@Example.ORG'")));
        assertFalse(StatementEquivalence.same(json(MINIMAL), with(MINIMAL, "actor.mbox", "'mailto:Anna@example.org'")));
    }

    @Test
    void theCaseOfAnIriMatters() {
        assertFalse(StatementEquivalence.same(json(MINIMAL), with(MINIMAL, "object.id", "'https://samskab.dk/kurser/Samskabelse'")));
    }

    @Test
    void theCaseOfUuidsAndLanguageTagsDoesNotMatter() {
        assertTrue(StatementEquivalence.same(json(FULL), with(FULL, "context.registration", "'ec531277-b57b-4c15-8d91-d292c5b2b8f7'")));
        assertTrue(StatementEquivalence.same(json(FULL), with(FULL, "context.language", "'DA-dk'")));
        JsonObject reference = with(MINIMAL, "object", "{'objectType': 'StatementRef', 'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}");
        assertTrue(StatementEquivalence.same(reference, with(reference, "object.id", "'8F87CCDE-BB56-4C2E-AB83-44982EF22DF0'")));
        String attachment = "[{'usageType': 'https://samskab.dk/a', 'display': {'%s': 'Bevis'}, 'contentType': 'application/pdf',"
                + " 'length': 1, 'sha2': 'ab'}]";
        assertTrue(StatementEquivalence.same(with(MINIMAL, "attachments", attachment.formatted("da-DK")),
                with(MINIMAL, "attachments", attachment.formatted("da-dk"))));
    }

    @Test
    void numbersAreComparedByValue() {
        assertTrue(StatementEquivalence.same(with(MINIMAL, "result.score", "{'raw': 1, 'max': 10}"),
                with(MINIMAL, "result.score", "{'raw': 1.0, 'max': 1e1}")));
    }

    @Test
    void aSingleContextActivityIsTheSameAsAnArrayOfIt() {
        assertTrue(StatementEquivalence.same(with(MINIMAL, "context.contextActivities.parent", "{'id': 'https://samskab.dk/a'}"),
                with(MINIMAL, "context.contextActivities.parent", "[{'id': 'https://samskab.dk/a', 'definition': {}}]")));
    }

    @Test
    void durationsAreComparedToTheHundredthOfASecond() {
        assertTrue(StatementEquivalence.same(with(MINIMAL, "result.duration", "'PT1M12.504S'"),
                with(MINIMAL, "result.duration", "'PT1M12.50S'")));
        assertFalse(StatementEquivalence.same(with(MINIMAL, "result.duration", "'PT1M12.5S'"),
                with(MINIMAL, "result.duration", "'PT72.5S'")));
    }

    @Test
    void extensionsAreComparedExactly() {
        assertFalse(StatementEquivalence.same(json(FULL),
                with(FULL, "context.extensions", "{'https://samskab.dk/xapi/extensions/kommune': {'navn': 'Aarhus'}}")));
    }

    @Test
    void aSubStatementIsComparedAsAStatement() {
        String sub = "{'objectType': 'SubStatement', 'actor': {'mbox': 'mailto:anna@example.org'},"
                + " 'verb': {'id': 'http://example.com/planned', 'display': {'en': 'planned'}}, 'object': {'id': 'https://samskab.dk/%s'}}";
        assertTrue(StatementEquivalence.same(with(MINIMAL, "object", sub.formatted("a")),
                with(with(MINIMAL, "object", sub.formatted("a")), "object.verb.display", "{'da': 'planlagde'}")));
        assertFalse(StatementEquivalence.same(with(MINIMAL, "object", sub.formatted("a")), with(MINIMAL, "object", sub.formatted("b"))));
    }
}
