package dk.samskab.learning;

import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.elearning.LaunchItem;
import dk.samskab.elearning.MoveOn;
import dk.samskab.elearning.PackageStandard;
import dk.samskab.elearning.PackageStore;
import dk.samskab.elearning.Sha256;
import dk.samskab.elearning.StoredPackage;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.LoggedFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server side of a package lesson: what the learner opens (the package's items with the data
 * each item last committed) and every commit of the SCORM run-time, which is kept and read for the
 * learner's result. When every item that counts is satisfied, the lesson is done like any other,
 * and the course may be complete.
 */
@ApplicationScoped
@Transactional
public class ElearningRuntime {

    /** SCORM 2004's cmi.suspend_data alone may hold 64,000 characters; interactions add more. */
    public static final int MAX_CMI_CHARS = 1_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Event<LoggedFact> facts;

    /**
     * A package lesson as the learner opens it.
     *
     * @param attempts the learner's data by item identifier; items never opened are absent
     */
    public record OpenedLesson(Enrolment enrolment, ModuleDefinition.Lesson lesson, StoredPackage storedPackage,
            Map<String, ElearningAttempt> attempts, boolean done) {

        /** The items that decide whether the lesson is done: the SCOs, or every item of a package without any. */
        public List<LaunchItem> countedItems() {
            List<LaunchItem> scos = storedPackage.items().stream().filter(LaunchItem::sco).toList();
            return scos.isEmpty() ? storedPackage.items() : scos;
        }

        public boolean satisfied(LaunchItem item) {
            ElearningAttempt attempt = attempts.get(item.identifier());
            if (attempt == null) {
                return false;
            }
            // Tin Can has no moveOn: its content is done when it reports completed or passed.
            MoveOn moveOn = storedPackage.getStandard() == PackageStandard.TIN_CAN ? MoveOn.COMPLETED_OR_PASSED : item.moveOn();
            if (moveOn != null) {
                return moveOn.satisfiedBy(attempt.isCompleted(), Boolean.TRUE.equals(attempt.getPassed()));
            }
            return item.sco() ? attempt.outcome().satisfied(item.masteryScore()) : true;
        }

        /** Whether the item needs nothing of the learner: a cmi5 AU whose moveOn is NotApplicable. */
        public boolean needsNothing(LaunchItem item) {
            return item.moveOn() == MoveOn.NOT_APPLICABLE;
        }
    }

    public OpenedLesson open(String email, long enrolmentId, String stepKey) {
        Enrolment enrolment = enrolments.own(email, enrolmentId);
        return open(enrolment, stepKey);
    }

    private OpenedLesson open(Enrolment enrolment, String stepKey) {
        ModuleDefinition.Lesson lesson = learning().lesson(enrolment, stepKey);
        if (!lesson.isElearning()) {
            throw new LearningException(LearningException.Reason.UNKNOWN_LESSON);
        }
        StoredPackage stored = PackageStore.find(em, lesson.elearning().packageKey())
                .orElseThrow(() -> new LearningException(LearningException.Reason.UNKNOWN_LESSON));
        Map<String, ElearningAttempt> attempts = new LinkedHashMap<>();
        em.createNamedQuery(ElearningAttempt.OF_STEP, ElearningAttempt.class).setParameter("enrolment", enrolment)
                .setParameter("stepKey", stepKey).getResultList()
                .forEach(attempt -> attempts.put(attempt.getItemIdentifier(), attempt));
        boolean done = learning().records(enrolment).lessonsDone().contains(stepKey);
        return new OpenedLesson(enrolment, lesson, stored, attempts, done);
    }

    /**
     * Keeps one commit of the run-time for an item, and records the lesson done once every item that
     * counts is satisfied.
     *
     * @param cmi the cmi data model as the run-time renders it ({"core": {...}, "suspend_data": ...});
     *            empty for an asset, which is done by being opened
     * @return whether the item is satisfied and whether the lesson is done now
     */
    public CommitResult commit(String email, long enrolmentId, String stepKey, String itemIdentifier, JsonObject committed) {
        JsonObject cmi = withoutIdentity(committed);
        String json = cmi.toString();
        if (json.length() > MAX_CMI_CHARS) {
            throw new LearningException(LearningException.Reason.RUNTIME_DATA_REFUSED);
        }
        OpenedLesson opened = open(email, enrolmentId, stepKey);
        LaunchItem item = itemOf(opened, itemIdentifier);
        ElearningAttempt attempt = attemptOf(opened, stepKey, itemIdentifier);
        BigDecimal mastery = item.masteryScore();
        attempt.record(json, item.sco() ? ScormOutcome.of(opened.storedPackage().getStandard(), cmi, mastery)
                : new ScormOutcome(true, null, null));
        return settle(opened, stepKey, item);
    }

    /**
     * The learner left a SCO whose content never spoke to the run-time. Where the SCO leaves its
     * completion to the LMS (SCORM 2004's default delivery controls), the attempt ends completed,
     * as an asset's does; a SCO that sets its own completion, or has reported anything, is left as it is.
     */
    public CommitResult leftUnreported(String email, long enrolmentId, String stepKey, String itemIdentifier) {
        OpenedLesson opened = open(email, enrolmentId, stepKey);
        LaunchItem item = itemOf(opened, itemIdentifier);
        ElearningAttempt reported = opened.attempts().get(itemIdentifier);
        boolean silent = reported == null || "{}".equals(reported.getCmi());
        if (item.sco() && !item.completionSetByContent() && silent) {
            attemptOf(opened, stepKey, itemIdentifier).record("{}", new ScormOutcome(true, null, null));
        }
        return settle(opened, stepKey, item);
    }

    private static LaunchItem itemOf(OpenedLesson opened, String itemIdentifier) {
        return opened.storedPackage().item(itemIdentifier)
                .orElseThrow(() -> new LearningException(LearningException.Reason.UNKNOWN_LESSON));
    }

    private ElearningAttempt attemptOf(OpenedLesson opened, String stepKey, String itemIdentifier) {
        ElearningAttempt attempt = opened.attempts().get(itemIdentifier);
        if (attempt == null) {
            attempt = new ElearningAttempt(opened.enrolment(), stepKey, itemIdentifier,
                    Sha256.hex(itemIdentifier.getBytes(StandardCharsets.UTF_8)));
            em.persist(attempt);
            opened.attempts().put(itemIdentifier, attempt);
        }
        return attempt;
    }

    /** Records the lesson done once every item that counts is satisfied. */
    private CommitResult settle(OpenedLesson opened, String stepKey, LaunchItem item) {
        boolean satisfied = opened.countedItems().stream().allMatch(opened::satisfied);
        if (satisfied && !opened.done()) {
            learning().recordLessonDone(opened.enrolment(), stepKey);
        }
        return new CommitResult(opened.satisfied(item), satisfied || opened.done(), satisfied && !opened.done());
    }

    /**
     * The lesson as a cmi5 or Tin Can launch opens it, for the learner it is launched for: their
     * enrolment, not only any enrolment of theirs, and a lesson of its course.
     */
    public OpenedLesson openForLaunch(String email, long enrolmentId, String stepKey) {
        return open(email, enrolmentId, stepKey);
    }

    /**
     * Keeps what an xAPI package's content reported for one of its items (an AU), as the LRS read
     * it from the statements of a session the learner launched, and records the lesson done once
     * every item that counts is satisfied. A result only adds: once completed or passed, an item
     * stays so, as cmi5 wants (an AU sends completed and passed once per registration).
     *
     * @param report null only to record that the item was launched
     */
    public CommitResult report(long enrolmentId, String stepKey, String itemIdentifier, ScormOutcome report) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new LearningException(LearningException.Reason.UNKNOWN_LESSON);
        }
        OpenedLesson opened = open(enrolment, stepKey);
        LaunchItem item = itemOf(opened, itemIdentifier);
        ElearningAttempt attempt = opened.attempts().get(itemIdentifier);
        if (attempt == null) {
            attempt = new ElearningAttempt(enrolment, stepKey, itemIdentifier, Sha256.hex(itemIdentifier.getBytes(StandardCharsets.UTF_8)));
            em.persist(attempt);
            opened.attempts().put(itemIdentifier, attempt);
        }
        if (report != null) {
            attempt.add(report);
        }
        boolean satisfied = opened.countedItems().stream().allMatch(opened::satisfied);
        if (satisfied && !opened.done()) {
            learning().recordLessonDone(enrolment, stepKey);
        }
        return new CommitResult(opened.satisfied(item), satisfied || opened.done(), satisfied && !opened.done());
    }

    /** The key of the package a lesson of the enrolment's course plays. */
    public String packageKeyOf(long enrolmentId, String stepKey) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        ModuleDefinition.Lesson lesson = enrolment == null ? null : learning().lesson(enrolment, stepKey);
        if (lesson == null || !lesson.isElearning()) {
            throw new LearningException(LearningException.Reason.UNKNOWN_LESSON);
        }
        return lesson.elearning().packageKey();
    }

    /** The package results of an enrolment the caller has already been allowed to see (a manager's drill-down). */
    public List<ElearningAttempt> attemptsOf(Enrolment enrolment) {
        return em.createNamedQuery(ElearningAttempt.OF_ENROLMENT, ElearningAttempt.class).setParameter("enrolment", enrolment)
                .getResultList();
    }

    /**
     * The data without the learner's id and name, which the page hands the run-time from the person's
     * record at every launch: a kept copy would outlive an erasure of the person.
     */
    static JsonObject withoutIdentity(JsonObject cmi) {
        JsonObjectBuilder kept = Json.createObjectBuilder(cmi).remove("learner_id").remove("learner_name");
        if (cmi.get("core") instanceof JsonObject core) {
            kept.add("core", Json.createObjectBuilder(core).remove("student_id").remove("student_name"));
        }
        return kept.build();
    }

    /** What a commit changed: the item is satisfied; the lesson is done (now or before); it became done with this commit. */
    public record CommitResult(boolean itemSatisfied, boolean lessonDone, boolean lessonDoneNow) {
    }

    private Learning learning() {
        return new Learning(em, facts::fire);
    }
}
