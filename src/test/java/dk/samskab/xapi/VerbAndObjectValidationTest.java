package dk.samskab.xapi;

import static dk.samskab.xapi.Xapi.MINIMAL;
import static dk.samskab.xapi.Xapi.assertOneProblemAt;
import static dk.samskab.xapi.Xapi.assertValid;
import static dk.samskab.xapi.Xapi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verb, and each kind of object: Activity with its definition, Agent, Group, StatementRef, SubStatement. */
class VerbAndObjectValidationTest {

    private static final String AGENT = "{'mbox': 'mailto:anna@example.org'}";
    private static final String VERB = "{'id': 'http://adlnet.gov/expapi/verbs/completed'}";
    private static final String ACTIVITY = "{'id': 'https://samskab.dk/kurser/samskabelse'}";

    @Test
    void acceptsAVerbWithoutDisplay() {
        assertValid(with(MINIMAL, "verb", VERB));
    }

    @Test
    void refusesAVerbWithoutAnId() {
        assertOneProblemAt("verb.id", with(MINIMAL, "verb", "{'display': {'en': 'completed'}}"));
    }

    @Test
    void refusesAVerbIdThatIsNotAnIri() {
        for (String id : List.of("'completed'", "'/verbs/completed'", "'#completed'", "'http://example.org/did it'", "''")) {
            assertOneProblemAt("verb.id", with(MINIMAL, "verb.id", id));
        }
    }

    @Test
    void refusesADisplayKeyThatIsNotALanguageTag() {
        StatementProblem problem = assertOneProblemAt("verb.display", with(MINIMAL, "verb.display", "{'en_US': 'completed'}"));
        assertEquals("\"en_US\" is not an RFC 5646 language tag", problem.message());
    }

    @Test
    void refusesADisplayThatIsNotALanguageMap() {
        assertOneProblemAt("verb.display", with(MINIMAL, "verb.display", "'completed'"));
        assertOneProblemAt("verb.display.en", with(MINIMAL, "verb.display", "{'en': ['completed']}"));
    }

    @Test
    void treatsAnObjectWithoutObjectTypeAsAnActivity() {
        assertOneProblemAt("object.id", with(MINIMAL, "object", "{'definition': {'name': {'da': 'Kursus'}}}"));
    }

    @Test
    void refusesAnActivityIdThatIsNotAnIri() {
        assertOneProblemAt("object.id", with(MINIMAL, "object.id", "'kurser/samskabelse'"));
    }

    @Test
    void refusesAnObjectTypeTheSpecDoesNotDefine() {
        StatementProblem problem = assertOneProblemAt("object.objectType", with(MINIMAL, "object.objectType", "'activity'"));
        assertEquals("must be Activity, Agent, Group, StatementRef or SubStatement", problem.message());
    }

    @Test
    void acceptsAnAgentOrAGroupAsObject() {
        assertValid(with(MINIMAL, "object", "{'objectType': 'Agent', 'mbox': 'mailto:bo@example.org'}"));
        assertValid(with(MINIMAL, "object", "{'objectType': 'Group', 'member': [{'mbox': 'mailto:bo@example.org'}]}"));
    }

    @Test
    void checksAnAgentObjectAsAnAgent() {
        assertOneProblemAt("object", with(MINIMAL, "object", "{'objectType': 'Agent', 'name': 'Bo'}"));
        assertOneProblemAt("object.definition", with(MINIMAL, "object",
                "{'objectType': 'Agent', 'mbox': 'mailto:bo@example.org', 'definition': {}}"));
    }

    @Test
    void acceptsAStatementReference() {
        assertValid(with(MINIMAL, "object", "{'objectType': 'StatementRef', 'id': '8F87CCDE-BB56-4C2E-AB83-44982EF22DF0'}"));
    }

    @Test
    void refusesAStatementReferenceWithoutAUuidOrWithMore() {
        assertOneProblemAt("object.id", with(MINIMAL, "object", "{'objectType': 'StatementRef', 'id': 'https://samskab.dk/s/1'}"));
        assertOneProblemAt("object.id", with(MINIMAL, "object", "{'objectType': 'StatementRef'}"));
        assertOneProblemAt("object.definition", with(MINIMAL, "object",
                "{'objectType': 'StatementRef', 'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0', 'definition': {}}"));
    }

    @Test
    void acceptsAVoidingStatementOnlyWithAStatementReferenceAsObject() {
        JsonObject voiding = with(MINIMAL, "verb", "{'id': 'http://adlnet.gov/expapi/verbs/voided', 'display': {'en-US': 'voided'}}");
        StatementProblem problem = assertOneProblemAt("object.objectType", voiding);
        assertEquals("must be StatementRef in a statement that voids another", problem.message());
        assertValid(with(voiding, "object", "{'objectType': 'StatementRef', 'id': 'e05aa883-acaf-40ad-bf54-02c8ce485fb0'}"));
    }

    @Test
    void acceptsASubStatement() {
        assertValid(with(MINIMAL, "object", subStatement("'timestamp': '2027-01-01T00:00:00Z', 'result': {'completion': true}")));
    }

    @Test
    void refusesASubStatementWithPropertiesOnlyAStatementHas() {
        Map<String, String> only = Map.of("id", "'8f87ccde-bb56-4c2e-ab83-44982ef22df0'", "stored", "'2026-01-01T00:00:00Z'",
                "version", "'1.0.0'", "authority", AGENT);
        only.forEach((key, value) -> {
            StatementProblem problem = assertOneProblemAt("object." + key, with(MINIMAL, "object", subStatement("'" + key + "': " + value)));
            assertEquals("a SubStatement must not have " + key, problem.message());
        });
    }

    @Test
    void refusesASubStatementWithinASubStatement() {
        String inner = subStatement("'verb': " + VERB);
        StatementProblem problem = assertOneProblemAt("object.object.objectType", with(MINIMAL, "object",
                "{'objectType': 'SubStatement', 'actor': " + AGENT + ", 'verb': " + VERB + ", 'object': " + inner + "}"));
        assertEquals("a SubStatement cannot contain another SubStatement", problem.message());
    }

    @Test
    void validatesASubStatementAsAStatement() {
        assertOneProblemAt("object.verb", with(MINIMAL, "object", "{'objectType': 'SubStatement', 'actor': " + AGENT
                + ", 'object': " + ACTIVITY + "}"));
        assertOneProblemAt("object.actor.mbox", with(MINIMAL, "object", subStatement("'actor': {'mbox': 'anna'}")));
    }

    @Test
    void acceptsAnActivityDefinitionWithEveryNonInteractionProperty() {
        assertValid(with(MINIMAL, "object.definition", """
                {'name': {'da': 'Samskabelse', 'en-GB': 'Co-creation'}, 'description': {'da': 'Et kursus'},
                 'type': 'http://adlnet.gov/expapi/activities/course', 'moreInfo': 'https://samskab.dk/kurser/samskabelse',
                 'extensions': {'https://samskab.dk/xapi/extensions/ects': 5}}
                """));
    }

    @Test
    void refusesADefinitionWhosePropertiesHaveTheWrongFormat() {
        assertOneProblemAt("object.definition.name", with(MINIMAL, "object.definition.name", "{'da_DK': 'Samskabelse'}"));
        assertOneProblemAt("object.definition.description.da", with(MINIMAL, "object.definition.description", "{'da': 5}"));
        assertOneProblemAt("object.definition.type", with(MINIMAL, "object.definition.type", "'course'"));
        assertOneProblemAt("object.definition.moreInfo", with(MINIMAL, "object.definition.moreInfo", "'www.samskab.dk'"));
        assertOneProblemAt("object.definition.extensions", with(MINIMAL, "object.definition.extensions", "{'ects': 5}"));
        assertOneProblemAt("object.definition.title", with(MINIMAL, "object.definition.title", "{'da': 'Samskabelse'}"));
    }

    @Test
    void acceptsEachInteractionTypeWithTheComponentListsItUses() {
        Map<String, List<String>> lists = Map.of("true-false", List.of(), "choice", List.of("choices"), "fill-in", List.of(),
                "long-fill-in", List.of(), "matching", List.of("source", "target"), "performance", List.of("steps"),
                "sequencing", List.of("choices"), "likert", List.of("scale"), "numeric", List.of(), "other", List.of());
        lists.forEach((type, used) -> {
            StringBuilder definition = new StringBuilder("{'interactionType': '" + type + "', 'correctResponsesPattern': ['a']");
            for (String list : used) {
                definition.append(", '").append(list).append("': [{'id': 'a', 'description': {'da': 'A'}}, {'id': 'b'}]");
            }
            assertValid(with(MINIMAL, "object.definition", definition + "}"));
        });
    }

    @Test
    void refusesAnInteractionTypeTheSpecDoesNotDefine() {
        for (String type : List.of("'multiple-choice'", "'Choice'", "'true_false'")) {
            assertOneProblemAt("object.definition.interactionType", with(MINIMAL, "object.definition.interactionType", type));
        }
    }

    @Test
    void refusesAComponentListTheInteractionTypeDoesNotUse() {
        StatementProblem problem = assertOneProblemAt("object.definition.choices", with(MINIMAL, "object.definition",
                "{'interactionType': 'true-false', 'choices': [{'id': 'true'}, {'id': 'false'}]}"));
        assertEquals("is not used by the interaction type true-false", problem.message());
        assertOneProblemAt("object.definition.scale", with(MINIMAL, "object.definition",
                "{'interactionType': 'choice', 'scale': [{'id': 'good'}]}"));
    }

    @Test
    void refusesInteractionPropertiesWithoutAnInteractionType() {
        assertOneProblemAt("object.definition.correctResponsesPattern", with(MINIMAL, "object.definition",
                "{'correctResponsesPattern': ['true']}"));
        assertOneProblemAt("object.definition.choices", with(MINIMAL, "object.definition", "{'choices': [{'id': 'a'}]}"));
    }

    @Test
    void refusesCorrectResponsesThatAreNotAnArrayOfStrings() {
        assertOneProblemAt("object.definition.correctResponsesPattern[1]", with(MINIMAL, "object.definition",
                "{'interactionType': 'numeric', 'correctResponsesPattern': ['4[:]6', 5]}"));
        assertOneProblemAt("object.definition.correctResponsesPattern", with(MINIMAL, "object.definition",
                "{'interactionType': 'true-false', 'correctResponsesPattern': 'true'}"));
    }

    @Test
    void acceptsAnEmptyCorrectResponsesPatternMeaningNoAnswerIsCorrect() {
        assertValid(with(MINIMAL, "object.definition", "{'interactionType': 'other', 'correctResponsesPattern': []}"));
    }

    @Test
    void refusesComponentsWithoutAnIdOrWithAnIdAlreadyUsed() {
        assertOneProblemAt("object.definition.choices[0].id", with(MINIMAL, "object.definition",
                "{'interactionType': 'choice', 'choices': [{'description': {'da': 'A'}}]}"));
        assertOneProblemAt("object.definition.choices[2].id", with(MINIMAL, "object.definition",
                "{'interactionType': 'choice', 'choices': [{'id': 'a'}, {'id': 'b'}, {'id': 'a'}]}"));
        assertOneProblemAt("object.definition.steps[0].name", with(MINIMAL, "object.definition",
                "{'interactionType': 'performance', 'steps': [{'id': 'a', 'name': 'A'}]}"));
    }

    @Test
    void allowsTheSameComponentIdInASourceAndATarget() {
        assertValid(with(MINIMAL, "object.definition",
                "{'interactionType': 'matching', 'source': [{'id': '1'}, {'id': '2'}], 'target': [{'id': '1'}, {'id': '2'}]}"));
    }

    private static String subStatement(String extra) {
        return "{'objectType': 'SubStatement', 'actor': " + AGENT + ", 'verb': " + VERB + ", 'object': " + ACTIVITY + ", "
                + extra + "}";
    }
}
