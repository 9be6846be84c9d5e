package dk.samskab.xapi;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.credit.Grade;
import dk.samskab.platform.Text;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Samskab's learning events as xAPI statements (docs/elearning.md, "Samskab's events as xAPI").
 * Pure: the same event gives the same statement, under the id the event was given when it happened.
 * The actor is the person's opaque account name on this site, never their e-mail or name.
 */
public final class EventStatements {

    public static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
    public static final String REGISTERED = ADL_VERBS + "registered";
    public static final String COMPLETED = ADL_VERBS + "completed";
    public static final String PASSED = ADL_VERBS + "passed";
    public static final String FAILED = ADL_VERBS + "failed";
    public static final String SUBMITTED = "http://activitystrea.ms/schema/1.0/submit";
    public static final String EARNED = "http://id.tincanapi.com/verb/earned";

    private static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";

    /**
     * The enrolment's administrative steps are not learning: a request, a rejection and a place on the
     * waitlist say nothing of what the learner did, and a withdrawal has no xAPI verb that an LRS's
     * reports read correctly ("exited" is the end of a session). They get no statement.
     */
    public static final Set<String> WITHOUT_STATEMENT = Set.of("ENROLMENT_REQUESTED", "ENROLMENT_REJECTED", "WAITLISTED",
            "WITHDRAWN");

    /** The stored type codes that become statements; every other event is left out on purpose. */
    public static final Set<String> WITH_STATEMENT = Set.of("ENROLLED", "PROMOTED_FROM_WAITLIST", "LESSON_COMPLETED",
            "QUIZ_PASSED", "QUIZ_FAILED", "REFLECTION_SUBMITTED", "FINAL_SUBMITTED", "ASSESSED", "REFLECTION_ASSESSED",
            "COMPLETED", "CREDIT_AWARDED", "CERTIFICATE_ISSUED");

    private final String base;

    /** @param publicUrl Samskab's public address (samskab.public.url), the home of its actors and activities */
    public EventStatements(String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The home page of every actor's account: the site's own address. */
    public String homePage() {
        return base + "/";
    }

    /** The statement of the event, or empty for an event that needs none (see {@link #WITHOUT_STATEMENT}) or is unknown. */
    public Optional<JsonObject> statementOf(EventFacts event) {
        Course course = new Course(event.course(), courseCode(event));
        Statement statement = new Statement(event, course);
        String detail = event.detail() == null ? "" : event.detail();
        return Optional.ofNullable(switch (event.type()) {
            case "ENROLLED", "PROMOTED_FROM_WAITLIST" -> statement.of(REGISTERED, "registered", "tilmeldte sig", course.activity());
            case "LESSON_COMPLETED" -> lessonCompleted(statement, course, detail);
            case "QUIZ_PASSED", "QUIZ_FAILED" -> quizAttempted(statement, course, detail, event.type().equals("QUIZ_PASSED"));
            case "REFLECTION_SUBMITTED" -> statement.of(SUBMITTED, "submitted", "afleverede", course.reflection(detail))
                    .add("context", statement.context(course.module(detail)));
            case "FINAL_SUBMITTED" -> statement.of(SUBMITTED, "submitted", "afleverede", course.assignment());
            case "ASSESSED" -> assessed(statement, course, detail);
            case "REFLECTION_ASSESSED" -> reflectionAssessed(statement, course, detail);
            case "COMPLETED" -> statement.of(COMPLETED, "completed", "gennemførte", course.activity())
                    .add("result", Json.createObjectBuilder().add("completion", true));
            case "CREDIT_AWARDED" -> creditAwarded(statement, course, detail);
            // The verification code stays out: it opens the certificate, which names the person.
            case "CERTIFICATE_ISSUED" -> statement.of(EARNED, "earned", "opnåede", course.certificate());
            default -> null;
        }).map(JsonObjectBuilder::build);
    }

    private static JsonObjectBuilder lessonCompleted(Statement statement, Course course, String lessonKey) {
        int slash = lessonKey.indexOf('/');
        String module = slash < 0 ? "" : lessonKey.substring(0, slash);
        String lesson = lessonKey.substring(slash + 1);
        return statement.of(COMPLETED, "completed", "gennemførte", course.lesson(module, lesson))
                .add("result", Json.createObjectBuilder().add("completion", true))
                .add("context", statement.context(course.module(module)));
    }

    /** detail "module 80%": the module's slug and the score in percent. */
    private static JsonObjectBuilder quizAttempted(Statement statement, Course course, String detail, boolean passed) {
        String[] parts = detail.split(" ");
        String module = parts[0];
        int percent = parts.length > 1 ? Integer.parseInt(parts[1].replace("%", "")) : 0;
        JsonObjectBuilder score = Json.createObjectBuilder().add("scaled", BigDecimal.valueOf(percent).movePointLeft(2))
                .add("raw", percent).add("min", 0).add("max", 100);
        return statement.of(passed ? PASSED : FAILED, passed ? "passed" : "failed", passed ? "bestod" : "bestod ikke",
                        course.quiz(module))
                .add("result", Json.createObjectBuilder().add("score", score).add("success", passed).add("completion", true))
                .add("context", statement.context(course.module(module)));
    }

    /** detail: a grade of the 7-point scale ("-3" … "12"), or PASSED / FAILED on a pass/fail assessment. */
    private JsonObjectBuilder assessed(Statement statement, Course course, String detail) {
        boolean passFail = detail.equals("PASSED") || detail.equals("FAILED");
        Grade grade = passFail ? null : Grade.of(detail);
        boolean passed = passFail ? detail.equals("PASSED") : grade.passed();
        JsonObjectBuilder result = Json.createObjectBuilder().add("success", passed).add("completion", true);
        if (grade != null) {
            result.add("response", grade.value()).add("extensions", Json.createObjectBuilder()
                    .add(extension("grade"), grade.value()).add(extension("ects-grade"), grade.ectsLetter()));
        }
        return statement.of(passed ? PASSED : FAILED, passed ? "passed" : "failed", passed ? "bestod" : "bestod ikke",
                course.assignment()).add("result", result);
    }

    /** detail "module PASSED": a reflection task approved, or sent back (FAILED). */
    private static JsonObjectBuilder reflectionAssessed(Statement statement, Course course, String detail) {
        String[] parts = detail.split(" ");
        boolean passed = parts.length > 1 && parts[1].equals("PASSED");
        return statement.of(passed ? PASSED : FAILED, passed ? "passed" : "failed", passed ? "bestod" : "bestod ikke",
                        course.reflection(parts[0]))
                .add("result", Json.createObjectBuilder().add("success", passed))
                .add("context", statement.context(course.module(parts[0])));
    }

    /** detail "5 ECTS, 7 (C)" or "2.5 ECTS, PASSED": the credits come first. */
    private JsonObjectBuilder creditAwarded(Statement statement, Course course, String detail) {
        JsonObjectBuilder result = Json.createObjectBuilder().add("success", true);
        String[] parts = detail.split(" ");
        try {
            result.add("extensions", Json.createObjectBuilder().add(extension("ects"), new BigDecimal(parts[0])));
        } catch (NumberFormatException unreadable) {
            // A detail written otherwise still says what was earned, only without the number.
        }
        return statement.of(EARNED, "earned", "opnåede", course.credit()).add("result", result);
    }

    /** An extension's IRI under the site's address. */
    private String extension(String name) {
        return base + "/xapi/extensions/" + name;
    }

    private static String courseCode(EventFacts event) {
        return event.course() == null ? "enrolment-" + event.enrolmentId() : event.course().code();
    }

    /** A stable registration per enrolment: every statement of one enrolment shares it. */
    public static String registrationOf(long enrolmentId) {
        return UUID.nameUUIDFromBytes(("samskab:enrolment:" + enrolmentId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One statement in the making: id, actor, timestamp, and the course as parent. */
    private final class Statement {

        private final EventFacts event;
        private final Course course;

        Statement(EventFacts event, Course course) {
            this.event = event;
            this.course = course;
        }

        JsonObjectBuilder of(String verb, String english, String danish, JsonObject object) {
            JsonObjectBuilder statement = Json.createObjectBuilder()
                    .add("id", event.statementId())
                    .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("account",
                            Json.createObjectBuilder().add("homePage", homePage()).add("name", event.actorName())))
                    .add("verb", Json.createObjectBuilder().add("id", verb)
                            .add("display", Json.createObjectBuilder().add("en-US", english).add("da-DK", danish)))
                    .add("object", object)
                    .add("timestamp", Statements.timestamp(event.occurredAt()));
            if (!object.getString("id").equals(course.activity().getString("id"))) {
                statement.add("context", context(null));
            } else {
                statement.add("context", Json.createObjectBuilder().add("registration", registrationOf(event.enrolmentId()))
                        .add("platform", "Samskab"));
            }
            return statement;
        }

        /** The enrolment's registration, the course as parent and, inside a module, the module as grouping. */
        JsonObjectBuilder context(JsonObject module) {
            JsonObjectBuilder activities = Json.createObjectBuilder().add("parent", Json.createArrayBuilder().add(course.activity()));
            if (module != null) {
                activities.add("grouping", Json.createArrayBuilder().add(module));
            }
            return Json.createObjectBuilder().add("registration", registrationOf(event.enrolmentId()))
                    .add("contextActivities", activities).add("platform", "Samskab");
        }
    }

    /** The activities of one course, with their names in Danish and English where the course version has them. */
    private final class Course {

        private final CourseDefinition definition;
        private final String id;

        Course(CourseDefinition definition, String code) {
            this.definition = definition;
            this.id = base + "/xapi/activities/course/" + segment(code);
        }

        JsonObject activity() {
            return activity(id, "course", definition == null ? null : definition.title());
        }

        JsonObject module(String slug) {
            ModuleDefinition module = moduleOf(slug);
            return activity(moduleId(slug), "module", module == null ? null : module.title());
        }

        JsonObject lesson(String moduleSlug, String lessonSlug) {
            ModuleDefinition module = moduleOf(moduleSlug);
            Text title = module == null ? null : module.lessons().stream().filter(l -> l.slug().equals(lessonSlug))
                    .map(ModuleDefinition.Lesson::title).findFirst().orElse(null);
            return activity(moduleId(moduleSlug) + "/lesson/" + segment(lessonSlug), "lesson", title);
        }

        JsonObject quiz(String moduleSlug) {
            return activity(moduleId(moduleSlug) + "/quiz", "assessment", named(moduleOf(moduleSlug), "Quiz: ", "Quiz: "));
        }

        JsonObject reflection(String moduleSlug) {
            return activity(moduleId(moduleSlug) + "/reflection", "assessment",
                    named(moduleOf(moduleSlug), "Refleksionsopgave: ", "Reflection task: "));
        }

        JsonObject assignment() {
            return activity(id + "/assignment", "assessment", named("Afsluttende opgave: ", "Final assignment: "));
        }

        JsonObject credit() {
            return activity(id + "/ects", null, named("ECTS-point: ", "ECTS credits: "));
        }

        JsonObject certificate() {
            return activity(id + "/certificate", null, named("Kursusbevis: ", "Certificate: "));
        }

        private String moduleId(String slug) {
            return id + "/module/" + segment(slug);
        }

        private ModuleDefinition moduleOf(String slug) {
            return definition == null || definition.modules() == null ? null
                    : definition.modules().stream().filter(m -> m.slug().equals(slug)).findFirst().orElse(null);
        }

        private Text named(String danish, String english) {
            return definition == null ? null : new Text(danish + definition.title().da(), english + definition.title().en());
        }

        private static Text named(ModuleDefinition module, String danish, String english) {
            return module == null ? null : new Text(danish + module.title().da(), english + module.title().en());
        }

        private static JsonObject activity(String id, String type, Text name) {
            JsonObjectBuilder definition = Json.createObjectBuilder();
            if (type != null) {
                definition.add("type", ACTIVITY_TYPES + type);
            }
            if (name != null && name.da() != null && name.en() != null) {
                definition.add("name", Json.createObjectBuilder().add("da-DK", name.da()).add("en-US", name.en()));
            }
            return Json.createObjectBuilder().add("objectType", "Activity").add("id", id).add("definition", definition).build();
        }
    }
}
