package dk.samskab.xapi.cmi5;

import dk.samskab.elearning.LaunchItem;
import dk.samskab.elearning.MoveOn;
import dk.samskab.elearning.PackageStandard;
import dk.samskab.elearning.StoredPackage;
import dk.samskab.learning.ElearningRuntime;
import dk.samskab.learning.LearningException;
import dk.samskab.platform.PublicAddress;
import dk.samskab.xapi.ActorNames;
import dk.samskab.xapi.AgentIdentity;
import dk.samskab.xapi.DocumentPrecondition;
import dk.samskab.xapi.DocumentScope;
import dk.samskab.xapi.DocumentStore;
import dk.samskab.xapi.EventStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

/**
 * Launches a cmi5 AU of a package lesson for the signed-in learner (cmi5 section 8): abandons the
 * AU's earlier session if the content never terminated it, starts a session, writes the launch
 * data the AU reads, records the launched statement and answers the address to open, with
 * endpoint, fetch, actor, registration and activityId.
 *
 * <p>A Tin Can package is launched the way Tin Can content expects (endpoint, auth, actor,
 * registration, activity_id): the session's token is in the address itself, since Tin Can has no
 * fetch, and there is no launch data and no statement of the LMS's own.
 */
@ApplicationScoped
@Transactional
public class Cmi5Launch {

    static final String LAUNCH_DATA = "LMS.LaunchData";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ElearningRuntime runtime;

    @Inject
    ActorNames actors;

    @Inject
    DocumentStore documents;

    @Inject
    Cmi5Ledger ledger;

    @Inject
    PublicAddress publicAddress;

    /**
     * @param origin     where the learner reached Samskab (scheme, host, port and context path), so that
     *                   the content calls the LRS at the address the browser already trusts
     * @param returnUrl  the lesson page, where the AU sends the learner when they leave it
     * @return the address of the AU with the launch parameters
     * @throws LearningException UNKNOWN_LESSON when the lesson is no cmi5 lesson of the learner's, or has no such AU
     */
    public String launch(String email, long enrolmentId, String stepKey, int auIndex, String origin, String returnUrl) {
        ElearningRuntime.OpenedLesson lesson = runtime.openForLaunch(email, enrolmentId, stepKey);
        StoredPackage stored = lesson.storedPackage();
        List<LaunchItem> aus = stored.items();
        if (!stored.getStandard().reportsByXapi() || auIndex < 0 || auIndex >= aus.size()) {
            throw new LearningException(LearningException.Reason.UNKNOWN_LESSON);
        }
        LaunchItem au = aus.get(auIndex);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String actorName = actors.of(lesson.enrolment().getPerson().getId());
        JsonObject actor = Cmi5Statements.actor(homePage(), actorName);
        boolean tinCan = stored.getStandard() == PackageStandard.TIN_CAN;
        for (Cmi5Session open : em.createNamedQuery(Cmi5Session.OPEN_OF_AU, Cmi5Session.class).setParameter("enrolment", enrolmentId)
                .setParameter("step", stepKey).setParameter("au", au.identifier()).getResultList()) {
            open.abandoned(now);
            if (!tinCan) {
                ledger.record(Cmi5Statements.abandoned(open, actor, au.identifier(), au.title(), now));
            }
        }
        if (tinCan) {
            return tinCan(lesson, enrolmentId, stepKey, au, actor, origin, now);
        }
        String fetchSecret = secret();
        // The LMS's own id of the AU in this course (cmi5 10.2.1); the same for every learner, whom the registration tells apart.
        String activityId = publicAddress.of("/xapi/activities/cmi5/" + lesson.enrolment().getCourseVersion().getCourse().getCode() + "/"
                + lesson.lesson().elearning().packageKey() + "/" + (auIndex + 1));
        // One registration per enrolment, as cmi5 has it per learner and course, shared with Samskab's own statements.
        Cmi5Session session = new Cmi5Session(enrolmentId, stepKey, au.identifier(), EventStatements.registrationOf(enrolmentId), activityId, actorName,
                fetchSecret, now);
        em.persist(session);
        MoveOn moveOn = au.moveOn() == null ? MoveOn.NOT_APPLICABLE : au.moveOn();
        JsonObject launchData = Cmi5Statements.launchData(session, au.identifier(), au.launchMethod(), moveOn.token(), au.masteryScore(),
                returnUrl, stored.getIdentifier());
        documents.put(new DocumentScope(DocumentScope.Resource.STATE, activityId, AgentIdentity.of(actor).key(), session.getRegistration()),
                LAUNCH_DATA, "application/json", launchData.toString().getBytes(StandardCharsets.UTF_8),
                new DocumentPrecondition(null, null, false));
        String url = address(origin, lesson.lesson().elearning().packageKey(), au, lesson.enrolment().getCourseVersion().getCourse().getCode())
                + parameters(origin, session, fetchSecret, actor);
        ledger.record(Cmi5Statements.launched(session, actor, au.identifier(), au.title(), url, moveOn.token(), now));
        ledger.afterReport(session, actor, runtime.report(enrolmentId, stepKey, au.identifier(), null), stored, now);
        return url;
    }

    /** Tin Can content reports on its own activity id, and finds its token in the address. */
    private String tinCan(ElearningRuntime.OpenedLesson lesson, long enrolmentId, String stepKey, LaunchItem activity, JsonObject actor,
            String origin, Instant now) {
        Cmi5Session session = new Cmi5Session(enrolmentId, stepKey, activity.identifier(),
                EventStatements.registrationOf(enrolmentId), activity.activityId(), actor.getJsonObject("account").getString("name"),
                secret(), now);
        String token = secret();
        session.tokenGiven(token, now);
        em.persist(session);
        runtime.report(enrolmentId, session.getStepKey(), activity.identifier(), null);
        String auth = "Basic " + Base64.getEncoder().encodeToString((session.key() + ":" + token).getBytes(StandardCharsets.UTF_8));
        return address(origin, lesson.lesson().elearning().packageKey(), activity, lesson.enrolment().getCourseVersion().getCourse().getCode())
                + "endpoint=" + encode(origin + "/xapi/") + "&auth=" + encode(auth) + "&actor=" + encode(actor.toString())
                + "&registration=" + session.getRegistration() + "&activity_id=" + encode(session.getActivityId());
    }

    private String homePage() {
        return publicAddress.of("/");
    }

    private static String address(String origin, String packageKey, LaunchItem au, String courseCode) {
        String target = au.launchFile() == null ? au.launchPath()
                : origin + "/elearning/" + courseCode + "/" + packageKey + "/" + au.launchPath();
        return target + (target.contains("?") ? "&" : "?");
    }

    private static String parameters(String origin, Cmi5Session session, String fetchSecret, JsonObject actor) {
        return "endpoint=" + encode(origin + "/xapi") + "&fetch=" + encode(origin + "/cmi5/fetch?s=" + session.getId() + "&k=" + fetchSecret)
                + "&actor=" + encode(actor.toString()) + "&registration=" + session.getRegistration()
                + "&activityId=" + encode(session.getActivityId());
    }

    static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
