package dk.samskab.xapi.cmi5;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The statements the LMS itself makes in cmi5 (section 9.3): launched, when it launches an AU;
 * abandoned, for a session the AU never terminated; satisfied, when the learner has met the moveOn
 * of every AU the course (here: the package lesson) has. Each carries the cmi5 category, the
 * registration and the session id, as the spec requires of cmi5 defined statements.
 */
final class Cmi5Statements {

    static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
    private static final String EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions/";
    private static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";

    private Cmi5Statements() {
    }

    /** The learner as every statement of the session names them: an account on this site, never an e-mail. */
    static JsonObject actor(String homePage, String actorName) {
        return Json.createObjectBuilder().add("objectType", "Agent")
                .add("account", Json.createObjectBuilder().add("homePage", homePage).add("name", actorName)).build();
    }

    /** The launched statement (cmi5 9.3.1), with the launch's mode, URL, moveOn and parameters. */
    static JsonObject launched(Cmi5Session session, JsonObject actor, String publisherId, String title, String launchUrl,
            String moveOn, Instant at) {
        JsonObjectBuilder extensions = Json.createObjectBuilder().add(SESSION_ID, session.getId())
                .add(EXTENSIONS + "launchmode", "Normal").add(EXTENSIONS + "launchurl", launchUrl)
                .add(EXTENSIONS + "moveon", moveOn).add(EXTENSIONS + "launchparameters", "");
        return statement(actor, LAUNCHED, "launched", au(session, title), context(session, publisherId, extensions), at).build();
    }

    /** The abandoned statement (cmi5 9.3.7) for a session the AU left without terminating it. */
    static JsonObject abandoned(Cmi5Session session, JsonObject actor, String publisherId, String title, Instant at) {
        Duration ran = session.ranFor(at);
        return statement(actor, ABANDONED, "abandoned", au(session, title),
                context(session, publisherId, Json.createObjectBuilder().add(SESSION_ID, session.getId())), at)
                .add("result", Json.createObjectBuilder().add("duration", ran.isNegative() ? "PT0S" : ran.toString())).build();
    }

    /** The satisfied statement (cmi5 9.3.9) about the course, the package, once every AU's moveOn is met. */
    static JsonObject satisfied(Cmi5Session session, JsonObject actor, String courseId, String courseTitle, Instant at) {
        JsonObject course = Json.createObjectBuilder().add("objectType", "Activity").add("id", courseId)
                .add("definition", Json.createObjectBuilder().add("type", COURSE_TYPE)
                        .add("name", Json.createObjectBuilder().add("und", courseTitle))).build();
        return statement(actor, SATISFIED, "satisfied", course,
                context(session, courseId, Json.createObjectBuilder().add(SESSION_ID, session.getId())), at).build();
    }

    private static JsonObjectBuilder statement(JsonObject actor, String verb, String display, JsonObject object, JsonObject context,
            Instant at) {
        return Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", verb).add("display", Json.createObjectBuilder().add("en-US", display)))
                .add("object", object).add("context", context).add("timestamp", at.toString());
    }

    private static JsonObject au(Cmi5Session session, String title) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", session.getActivityId())
                .add("definition", Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("und", title))).build();
    }

    private static JsonObject context(Cmi5Session session, String groupingId, JsonObjectBuilder extensions) {
        return Json.createObjectBuilder().add("registration", session.getRegistration())
                .add("contextActivities", Json.createObjectBuilder()
                        .add("grouping", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", groupingId)))
                        .add("category", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", CMI5_CATEGORY))))
                .add("extensions", extensions).build();
    }

    /** The launch data document the AU reads from the State Resource (cmi5 10.2.1). */
    static JsonObject launchData(Cmi5Session session, String publisherId, String launchMethod, String moveOn,
            java.math.BigDecimal masteryScore, String returnUrl, String courseId) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("contextTemplate", Json.createObjectBuilder()
                        .add("contextActivities", Json.createObjectBuilder()
                                .add("grouping", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", publisherId))))
                        .add("extensions", Json.createObjectBuilder().add(SESSION_ID, session.getId())))
                .add("launchMode", "Normal").add("launchMethod", launchMethod == null ? "AnyWindow" : launchMethod)
                .add("moveOn", moveOn).add("returnURL", returnUrl)
                .add("entitlementKey", Json.createObjectBuilder().add("courseStructure", courseId));
        if (masteryScore != null) {
            data.add("masteryScore", masteryScore);
        }
        return data.build();
    }
}
