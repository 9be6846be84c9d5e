package dk.samskab.xapi;

import static dk.samskab.xapi.Xapi.MINIMAL;
import static dk.samskab.xapi.Xapi.assertOneProblemAt;
import static dk.samskab.xapi.Xapi.assertValid;
import static dk.samskab.xapi.Xapi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The result (score, flags, response, duration) and the context (registration, people, activities, revision, language). */
class ResultAndContextValidationTest {

    @Test
    void acceptsAScaledScoreAtEitherEnd() {
        assertValid(with(MINIMAL, "result.score", "{'scaled': -1}"));
        assertValid(with(MINIMAL, "result.score", "{'scaled': 1.0}"));
    }

    @Test
    void refusesAScaledScoreOutsideMinusOneToOne() {
        StatementProblem problem = assertOneProblemAt("result.score.scaled", with(MINIMAL, "result.score", "{'scaled': 1.01}"));
        assertEquals("must be between -1 and 1", problem.message());
        assertOneProblemAt("result.score.scaled", with(MINIMAL, "result.score", "{'scaled': -95}"));
    }

    @Test
    void refusesAScoreWrittenAsAString() {
        assertOneProblemAt("result.score.scaled", with(MINIMAL, "result.score", "{'scaled': '0.5'}"));
        assertOneProblemAt("result.score.raw", with(MINIMAL, "result.score", "{'raw': '7'}"));
    }

    @Test
    void acceptsARawScoreWithinMinAndMaxOrWithoutThem() {
        assertValid(with(MINIMAL, "result.score", "{'raw': 0, 'min': 0, 'max': 12}"));
        assertValid(with(MINIMAL, "result.score", "{'raw': 12, 'min': 0, 'max': 12}"));
        assertValid(with(MINIMAL, "result.score", "{'raw': 1234.5}"));
        assertValid(with(MINIMAL, "result.score", "{'raw': -3, 'max': 12}"));
    }

    @Test
    void refusesARawScoreOutsideMinAndMax() {
        assertOneProblemAt("result.score.raw", with(MINIMAL, "result.score", "{'raw': -1, 'min': 0, 'max': 12}"));
        assertOneProblemAt("result.score.raw", with(MINIMAL, "result.score", "{'raw': 13, 'max': 12}"));
    }

    @Test
    void refusesAMinThatIsNotBelowMax() {
        assertOneProblemAt("result.score.min", with(MINIMAL, "result.score", "{'min': 10, 'max': 10}"));
        assertOneProblemAt("result.score.percent", with(MINIMAL, "result.score", "{'percent': 50}"));
    }

    @Test
    void refusesSuccessOrCompletionThatIsNotABoolean() {
        assertOneProblemAt("result.success", with(MINIMAL, "result.success", "'true'"));
        assertOneProblemAt("result.completion", with(MINIMAL, "result.completion", "1"));
        assertValid(with(MINIMAL, "result", "{'success': false, 'completion': true}"));
    }

    @Test
    void refusesAResponseThatIsNotAString() {
        assertOneProblemAt("result.response", with(MINIMAL, "result.response", "['borgere', 'foreninger']"));
        assertValid(with(MINIMAL, "result.response", "'borgere[,]foreninger'"));
    }

    @Test
    void acceptsIso8601Durations() {
        for (String duration : List.of("PT4H35M59.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT1234S", "PT0S", "P1D", "PT0,5S")) {
            assertValid(with(MINIMAL, "result.duration", "'" + duration + "'"));
        }
    }

    @Test
    void refusesDurationsThatAreNotIso8601() {
        for (String duration : List.of("'P'", "'PT'", "'P1YT'", "'PT1H30'", "'1H30M'", "'P4W1D'", "'PT-5S'", "'P16559.14S'",
                "'P0001-02-03T04:05:06'", "'01:30:00'", "90")) {
            assertOneProblemAt("result.duration", with(MINIMAL, "result.duration", duration));
        }
    }

    @Test
    void refusesAResultPropertyTheSpecDoesNotDefine() {
        assertOneProblemAt("result.passed", with(MINIMAL, "result.passed", "true"));
        assertOneProblemAt("result.extensions", with(MINIMAL, "result.extensions", "{'score in percent': 50}"));
    }

    @Test
    void refusesARegistrationThatIsNotAUuid() {
        assertOneProblemAt("context.registration", with(MINIMAL, "context.registration", "'tilmelding-17'"));
        assertValid(with(MINIMAL, "context.registration", "'ec531277-b57b-4c15-8d91-d292c5b2b8f7'"));
    }

    @Test
    void acceptsAnAgentOrAGroupAsInstructor() {
        assertValid(with(MINIMAL, "context.instructor", "{'mbox': 'mailto:bo@example.org'}"));
        assertValid(with(MINIMAL, "context.instructor", "{'objectType': 'Group', 'mbox': 'mailto:undervisere@example.org'}"));
        assertOneProblemAt("context.instructor", with(MINIMAL, "context.instructor", "{'name': 'Bo'}"));
    }

    @Test
    void refusesATeamThatIsNotAGroup() {
        assertOneProblemAt("context.team.objectType", with(MINIMAL, "context.team", "{'mbox': 'mailto:bo@example.org'}"));
        assertOneProblemAt("context.team.member", with(MINIMAL, "context.team", "{'objectType': 'Group'}"));
    }

    @Test
    void acceptsContextActivitiesAsSingleActivitiesOrArrays() {
        assertValid(with(MINIMAL, "context.contextActivities", """
                {'parent': {'id': 'https://samskab.dk/kurser/a'},
                 'grouping': [{'objectType': 'Activity', 'id': 'https://samskab.dk/uddannelser/b'}],
                 'category': [], 'other': [{'id': 'urn:samskab:c', 'definition': {'name': {'da': 'C'}}}]}
                """));
    }

    @Test
    void refusesAContextTypeTheSpecDoesNotDefine() {
        assertOneProblemAt("context.contextActivities.parents", with(MINIMAL, "context.contextActivities",
                "{'parents': [{'id': 'https://samskab.dk/kurser/a'}]}"));
    }

    @Test
    void refusesContextActivitiesThatAreNotActivities() {
        assertOneProblemAt("context.contextActivities.parent", with(MINIMAL, "context.contextActivities",
                "{'parent': 'https://samskab.dk/kurser/a'}"));
        assertOneProblemAt("context.contextActivities.grouping[1].id", with(MINIMAL, "context.contextActivities",
                "{'grouping': [{'id': 'https://samskab.dk/a'}, {'id': 'b'}]}"));
        assertOneProblemAt("context.contextActivities.other[0].objectType", with(MINIMAL, "context.contextActivities",
                "{'other': [{'objectType': 'Agent', 'mbox': 'mailto:bo@example.org'}]}"));
    }

    @Test
    void acceptsRevisionAndPlatformWhenTheObjectIsAnActivity() {
        assertValid(with(MINIMAL, "context", "{'revision': '2', 'platform': 'Samskab'}"));
    }

    @Test
    void refusesRevisionAndPlatformWhenTheObjectIsNotAnActivity() {
        String aboutAnAgent = with(MINIMAL, "object", "{'objectType': 'Agent', 'mbox': 'mailto:bo@example.org'}").toString();
        assertOneProblemAt("context.revision", with(aboutAnAgent, "context.revision", "'2'"));
        String aboutAStatement = with(MINIMAL, "object", "{'objectType': 'StatementRef', 'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}")
                .toString();
        assertOneProblemAt("context.platform", with(aboutAStatement, "context.platform", "'Samskab'"));
    }

    @Test
    void refusesALanguageThatIsNotALanguageTag() {
        assertOneProblemAt("context.language", with(MINIMAL, "context.language", "'dansk_DK'"));
        assertValid(with(MINIMAL, "context.language", "'da-DK'"));
    }

    @Test
    void refusesAContextStatementThatIsNotAStatementRef() {
        assertOneProblemAt("context.statement.objectType", with(MINIMAL, "context.statement",
                "{'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}"));
        assertOneProblemAt("context.statement.objectType", with(MINIMAL, "context.statement",
                "{'objectType': 'SubStatement', 'id': '8f87ccde-bb56-4c2e-ab83-44982ef22df0'}"));
        assertOneProblemAt("context.statement.id", with(MINIMAL, "context.statement", "{'objectType': 'StatementRef', 'id': 'x'}"));
    }

    @Test
    void refusesAContextPropertyTheSpecDoesNotDefine() {
        assertOneProblemAt("context.course", with(MINIMAL, "context.course", "'https://samskab.dk/kurser/a'"));
    }
}
