package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.testsupport.TestCourses;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every learning event becomes a statement the LRS accepts, under the event's own id, about an opaque actor. */
class EventStatementsTest {

    private static final String BASE = "https://samskab.example.dk";
    private static final CourseDefinition COURSE = TestCourses.course("XAPI-101", AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true);
    private static final String LESSON = "m1/" + COURSE.modules().get(0).lessons().get(0).slug();
    private static final String ACTOR = "3f0c5a8e-7a43-4d4e-9d3b-2b8f4a1c6e01";

    /** Every stored type code of the learning-event log with a typical detail, as the facts write them. */
    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("ENROLLED", ""), Map.entry("PROMOTED_FROM_WAITLIST", ""),
            Map.entry("LESSON_COMPLETED", LESSON), Map.entry("QUIZ_PASSED", "m1 80%"), Map.entry("QUIZ_FAILED", "m2 40%"),
            Map.entry("REFLECTION_SUBMITTED", "m1"), Map.entry("FINAL_SUBMITTED", ""), Map.entry("ASSESSED", "7"),
            Map.entry("REFLECTION_ASSESSED", "m1 PASSED"), Map.entry("COMPLETED", ""), Map.entry("CREDIT_AWARDED", "5 ECTS, 7 (C)"),
            Map.entry("CERTIFICATE_ISSUED", "K7Q2-XY3Z"));

    private final EventStatements mapping = new EventStatements(BASE);

    private static EventFacts event(String type, String detail) {
        return new EventFacts(42, UUID.randomUUID().toString(), type, detail.isEmpty() ? null : detail,
                Instant.parse("2026-03-02T09:15:30.123Z"), 7, ACTOR, COURSE);
    }

    private JsonObject statement(String type, String detail) {
        return mapping.statementOf(event(type, detail)).orElseThrow(() -> new AssertionError(type + " gives a statement"));
    }

    @Test
    void everyLearningEventGivesAStatementTheLrsAcceptsUnderTheEventsIdAboutTheOpaqueActor() {
        for (Map.Entry<String, String> entry : EVENTS.entrySet()) {
            EventFacts event = event(entry.getKey(), entry.getValue());
            JsonObject statement = mapping.statementOf(event).orElseThrow(() -> new AssertionError(entry.getKey()));
            assertEquals(List.of(), StatementValidator.validate(statement), entry.getKey() + ": " + statement);
            assertEquals(event.statementId(), statement.getString("id"), entry.getKey());
            assertEquals("2026-03-02T09:15:30.123Z", statement.getString("timestamp"));
            JsonObject actor = statement.getJsonObject("actor");
            assertEquals(Map.of("homePage", BASE + "/", "name", ACTOR), Map.copyOf(actor.getJsonObject("account").entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()))));
            assertFalse(actor.containsKey("mbox") || actor.containsKey("name"), "no e-mail and no name: " + actor);
            assertEquals(EventStatements.registrationOf(7), statement.getJsonObject("context").getString("registration"));
            assertTrue(statement.getJsonObject("object").getString("id").startsWith(BASE + "/xapi/activities/course/XAPI-101"));
        }
    }

    @Test
    void theSameEventGivesTheSameStatement() {
        EventFacts event = event("QUIZ_PASSED", "m1 80%");
        assertEquals(mapping.statementOf(event), mapping.statementOf(event));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ENROLMENT_REQUESTED", "ENROLMENT_REJECTED", "WAITLISTED", "WITHDRAWN", "SOMETHING_NEW" })
    void administrativeAndUnknownEventsGiveNoStatement(String type) {
        assertTrue(mapping.statementOf(event(type, "")).isEmpty());
    }

    @Test
    void enrolmentIsRegisteredToTheCourseWithItsNamesInBothLanguages() {
        JsonObject statement = statement("ENROLLED", "");
        assertEquals(EventStatements.REGISTERED, statement.getJsonObject("verb").getString("id"));
        JsonObject course = statement.getJsonObject("object");
        assertEquals(BASE + "/xapi/activities/course/XAPI-101", course.getString("id"));
        assertEquals("http://adlnet.gov/expapi/activities/course", course.getJsonObject("definition").getString("type"));
        assertEquals("Kursus XAPI-101 (da)", course.getJsonObject("definition").getJsonObject("name").getString("da-DK"));
        assertEquals("Kursus XAPI-101 (en)", course.getJsonObject("definition").getJsonObject("name").getString("en-US"));
    }

    @Test
    void aCompletedLessonIsTheLessonInItsModuleWithTheCourseAsParent() {
        JsonObject statement = statement("LESSON_COMPLETED", LESSON);
        assertEquals(EventStatements.COMPLETED, statement.getJsonObject("verb").getString("id"));
        assertEquals(BASE + "/xapi/activities/course/XAPI-101/module/m1/lesson/" + LESSON.substring(3),
                statement.getJsonObject("object").getString("id"));
        assertEquals(COURSE.modules().get(0).lessons().get(0).title().da(),
                statement.getJsonObject("object").getJsonObject("definition").getJsonObject("name").getString("da-DK"));
        JsonObject activities = statement.getJsonObject("context").getJsonObject("contextActivities");
        assertEquals(BASE + "/xapi/activities/course/XAPI-101", activities.getJsonArray("parent").getJsonObject(0).getString("id"));
        assertEquals(BASE + "/xapi/activities/course/XAPI-101/module/m1", activities.getJsonArray("grouping").getJsonObject(0).getString("id"));
    }

    @Test
    void aQuizAttemptIsPassedOrFailedWithItsScore() {
        JsonObject passed = statement("QUIZ_PASSED", "m1 80%");
        assertEquals(EventStatements.PASSED, passed.getJsonObject("verb").getString("id"));
        JsonObject score = passed.getJsonObject("result").getJsonObject("score");
        assertEquals(new BigDecimal("0.80"), score.getJsonNumber("scaled").bigDecimalValue());
        assertEquals(80, score.getInt("raw"));
        assertEquals(0, score.getInt("min"));
        assertEquals(100, score.getInt("max"));
        assertTrue(passed.getJsonObject("result").getBoolean("success"));
        assertEquals(BASE + "/xapi/activities/course/XAPI-101/module/m1/quiz", passed.getJsonObject("object").getString("id"));

        JsonObject failed = statement("QUIZ_FAILED", "m2 40%");
        assertEquals(EventStatements.FAILED, failed.getJsonObject("verb").getString("id"));
        assertFalse(failed.getJsonObject("result").getBoolean("success"));
        assertEquals(40, failed.getJsonObject("result").getJsonObject("score").getInt("raw"));
    }

    @Test
    void aGradeIsPassedOrFailedByTheScaleWithTheGradeAsResponse() {
        JsonObject seven = statement("ASSESSED", "7");
        assertEquals(EventStatements.PASSED, seven.getJsonObject("verb").getString("id"));
        assertEquals("7", seven.getJsonObject("result").getString("response"));
        assertEquals("C", seven.getJsonObject("result").getJsonObject("extensions").getString(BASE + "/xapi/extensions/ects-grade"));
        JsonObject zero = statement("ASSESSED", "00");
        assertEquals(EventStatements.FAILED, zero.getJsonObject("verb").getString("id"));
        assertFalse(zero.getJsonObject("result").getBoolean("success"));
        assertEquals(EventStatements.PASSED, statement("ASSESSED", "PASSED").getJsonObject("verb").getString("id"));
        assertEquals(EventStatements.FAILED, statement("REFLECTION_ASSESSED", "m1 FAILED").getJsonObject("verb").getString("id"));
    }

    @Test
    void handInsAreSubmittedAndCreditsAndCertificatesEarned() {
        assertEquals(EventStatements.SUBMITTED, statement("FINAL_SUBMITTED", "").getJsonObject("verb").getString("id"));
        assertEquals(BASE + "/xapi/activities/course/XAPI-101/module/m1/reflection",
                statement("REFLECTION_SUBMITTED", "m1").getJsonObject("object").getString("id"));
        JsonObject credit = statement("CREDIT_AWARDED", "5 ECTS, 7 (C)");
        assertEquals(EventStatements.EARNED, credit.getJsonObject("verb").getString("id"));
        assertEquals(new BigDecimal("5"), credit.getJsonObject("result").getJsonObject("extensions")
                .getJsonNumber(BASE + "/xapi/extensions/ects").bigDecimalValue());
        JsonObject certificate = statement("CERTIFICATE_ISSUED", "K7Q2-XY3Z");
        assertEquals(EventStatements.EARNED, certificate.getJsonObject("verb").getString("id"));
        assertFalse(certificate.toString().contains("K7Q2-XY3Z"), "the verification code opens the named certificate");
    }

    @Test
    void anEventOfAnUnknownCourseVersionStillGivesAValidStatement() {
        EventFacts event = new EventFacts(1, UUID.randomUUID().toString(), "LESSON_COMPLETED", "m1/l1", Instant.now(), 9, ACTOR, null);
        JsonObject statement = mapping.statementOf(event).orElseThrow();
        assertEquals(List.of(), StatementValidator.validate(statement));
    }
}
