package dk.samskab.learning.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.MarkdownRenderer;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.LearningService;
import dk.samskab.learning.Step;
import dk.samskab.platform.Conflicts;
import dk.samskab.platform.Dates;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The learner's view of one enrolled course and one lesson: navigation, content, progress, mark
 * as done. The way on and what is left come from the course's path of steps ({@link
 * dk.samskab.learning.CoursePath}); this bean only turns steps into addresses.
 */
@Named
@RequestScoped
public class CoursePlayer {

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    private Long enrolmentId;
    private String lessonKey;
    private Enrolment enrolment;
    private CourseDefinition course;
    private CourseProgress progress;
    private CourseProgress.Records records;

    private boolean attempted;

    /**
     * On a postback the page's conditions are evaluated before the view parameters reach this
     * bean, so the course is loaded straight from the address (forms post back to it).
     */
    private void loadFromAddress() {
        attempted = true;
        Map<String, String> params = Faces.getRequestParameterMap();
        try {
            if (enrolmentId == null && params.getOrDefault("e", "").matches("\\d{1,18}")) {
                enrolmentId = Long.valueOf(params.get("e"));
            }
            if (lessonKey == null && params.get("m") != null && params.get("l") != null) {
                lessonKey = params.get("m") + "/" + params.get("l");
            }
            if (enrolmentId != null) {
                loadEnrolment();
            }
        } catch (EnrolmentException e) {
            course = null;
            if (FacesContext.getCurrentInstance().isPostback()) {
                // A form posted to the address of someone else's enrolment: as if it did not exist.
                try {
                    notFound();
                } catch (IOException failed) {
                    throw new java.io.UncheckedIOException(failed);
                }
            }
        }
    }

    private void loadEnrolment() {
        enrolment = enrolments.own(currentUser.getEmail(), enrolmentId);
        course = Learning.course(enrolment);
        records = learning.records(currentUser.getEmail(), enrolmentId);
        progress = CourseProgress.of(course, records);
    }

    /** Loads the caller's enrolment; any other id is answered 404. */
    public void load() throws IOException {
        attempted = true;
        try {
            if (enrolmentId == null) {
                throw new EnrolmentException(EnrolmentException.Reason.NOT_ENROLLED);
            }
            loadEnrolment();
            if (lessonKey != null && lesson() == null) {
                notFound();
            }

        } catch (EnrolmentException e) {
            notFound();
        }
    }

    private static void notFound() throws IOException {
        Faces.responseSendError(404, "Not found");
    }

    /** Marks the lesson done and goes on along the path: the next lesson, the module's quiz or task, and so on. */
    public String markDone() {
        if (getCourse() == null) {
            return null;
        }
        try {
            // Marking done twice changes nothing, so a try lost to a conflict may simply be made again.
            Conflicts.retry(() -> learning.markLessonDone(currentUser.getEmail(), enrolmentId, lessonKey));
        } catch (LearningException refused) {
            Messages.error("learning.refused." + refused.reason());
            return null;
        }
        var path = learning.progress(currentUser.getEmail(), enrolmentId).path();
        Step next = path.find(lessonKey).flatMap(path::after).orElse(null);
        return StepAddress.redirect(enrolmentId, next);
    }

    /** Goes on along the path from a package lesson, which the package itself marks done. */
    public String goOn() {
        if (getCourse() == null) {
            return null;
        }
        var path = learning.progress(currentUser.getEmail(), enrolmentId).path();
        return StepAddress.redirect(enrolmentId, path.find(lessonKey).flatMap(path::after).orElse(null));
    }

    /** The step to continue with on the course page, or null when nothing is left to do. */
    public Step getNextStep() {
        return getProgress() == null ? null : progress.next().orElse(null);
    }

    /** The address of a step's page. */
    public String address(Step step) {
        return StepAddress.of(enrolmentId, step);
    }

    /**
     * Whether the course is open: self-paced learning at once, a cohort from its start date.
     * Before that the learner sees the course page with the start date and nothing to open.
     */
    public boolean isOpen() {
        return getEnrolment() == null || enrolment.getCohort() == null || enrolment.getCohort().hasStarted(Dates.today());
    }

    /** Whether the cohort's hand-in deadline has passed. */
    public boolean isDeadlinePassed() {
        return getEnrolment() != null && enrolment.getCohort() != null && !enrolment.getCohort().takesHandIns(Dates.today());
    }

    /** The cohort's start date, or null for self-paced learning. */
    public LocalDate getStartsOn() {
        return getEnrolment() == null || enrolment.getCohort() == null ? null : enrolment.getCohort().getStartsOn();
    }

    /** The cohort's end date, which is its hand-in deadline; null for self-paced learning. */
    public LocalDate getHandInDeadline() {
        return getEnrolment() == null || enrolment.getCohort() == null ? null : enrolment.getCohort().getEndsOn();
    }

    /** Leaves the course; a freed cohort seat goes to the first on the waitlist. */
    public String withdraw() {
        if (getCourse() == null) {
            return null;
        }
        enrolments.withdraw(currentUser.getEmail(), enrolmentId);
        return "/learner/index?faces-redirect=true&withdrawn=true";
    }

    private List<String> lessonKeys() {
        List<String> keys = new ArrayList<>();
        course.modules().forEach(m -> m.lessons().forEach(l -> keys.add(CourseProgress.key(m, l))));
        return keys;
    }

    /** The lesson before this one, for reading back; the way forward comes from the course's path. */
    public String previousLessonKey() {
        List<String> keys = lessonKeys();
        int at = keys.indexOf(lessonKey);
        return at > 0 ? keys.get(at - 1) : null;
    }

    public ModuleDefinition.Lesson lesson() {
        for (ModuleDefinition module : course.modules()) {
            for (ModuleDefinition.Lesson lesson : module.lessons()) {
                if (CourseProgress.key(module, lesson).equals(lessonKey)) {
                    return lesson;
                }
            }
        }
        return null;
    }

    public ModuleDefinition lessonModule() {
        return course.modules().stream().filter(m -> lessonKey != null && lessonKey.startsWith(m.slug() + "/"))
                .findFirst().orElse(null);
    }

    public String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    public boolean done(ModuleDefinition module, ModuleDefinition.Lesson lesson) {
        return records.lessonsDone().contains(CourseProgress.key(module, lesson));
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    /** The lesson in the address is given as module (m) and lesson (l), with no slash to encode. */
    public String getModuleSlug() {
        return lessonKey == null ? null : lessonKey.substring(0, lessonKey.indexOf('/'));
    }

    public void setModuleSlug(String moduleSlug) {
        this.pendingModule = moduleSlug;
        combine();
    }

    public String getLessonSlug() {
        return lessonKey == null ? null : lessonKey.substring(lessonKey.indexOf('/') + 1);
    }

    public void setLessonSlug(String lessonSlug) {
        this.pendingLesson = lessonSlug;
        combine();
    }

    private String pendingModule;
    private String pendingLesson;

    private void combine() {
        if (pendingModule != null && pendingLesson != null) {
            lessonKey = pendingModule + "/" + pendingLesson;
        }
    }

    /** The address parameters m and l of a lesson key. */
    public String moduleOf(String key) {
        return key == null ? null : key.substring(0, key.indexOf('/'));
    }

    public String lessonOf(String key) {
        return key == null ? null : key.substring(key.indexOf('/') + 1);
    }

    public Enrolment getEnrolment() {
        getCourse();
        return enrolment;
    }

    public CourseDefinition getCourse() {
        if (course == null && !attempted) {
            loadFromAddress();
        }
        return course;
    }

    public CourseProgress getProgress() {
        getCourse();
        return progress;
    }
}
