package dk.samskab.enrolment.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.enrolment.CohortView;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.Permissions;
import dk.samskab.platform.Caller;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;

/** The enrolment part of a course page: open cohorts with seats left, and the learner's own status. */
@Named
@RequestScoped
public class CourseEnrolment {

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Caller caller;

    @Inject
    Permissions permissions;

    private final Map<Long, String> keys = new HashMap<>();

    // The page asks several times while rendering; each answer is looked up once per request.
    private final Map<String, List<CohortView>> cohorts = new HashMap<>();
    private final Map<String, Optional<Enrolment>> mine = new HashMap<>();

    public List<CohortView> cohorts(String courseCode) {
        return cohorts.computeIfAbsent(courseCode, enrolments::openCohorts);
    }

    public boolean canEnrol() {
        return currentUser.hasRole("LEARNER");
    }

    /** Signed in, but not as a learner: an instructor, a training manager or an administrator. */
    public boolean isSignedInWithoutLearnerRole() {
        return currentUser.isSignedIn() && !canEnrol();
    }

    /** Whether the signed-in user teaches the course, so the page can point them to its cohorts. */
    public boolean teaches(String courseCode) {
        Caller instructor = caller.actingAs(Caller.INSTRUCTOR);
        return instructor.isInstructor() && permissions.taught(instructor, courseCode).isPresent();
    }

    public Enrolment mine(String courseCode) {
        if (!canEnrol()) {
            return null;
        }
        return mine.computeIfAbsent(courseCode, code -> enrolments.enrolmentIn(currentUser.getEmail(), code)
                .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN && e.getStatus() != EnrolmentStatus.REJECTED))
                .orElse(null);
    }

    public String startSelfPaced(String courseCode) {
        return act(() -> enrolments.enrolSelfPaced(currentUser.getEmail(), courseCode));
    }

    public String joinCohort(long cohortId) {
        return act(() -> enrolments.enrolInCohort(currentUser.getEmail(), cohortId, keys.get(cohortId)));
    }

    private String act(java.util.function.Supplier<Enrolment> action) {
        if (!canEnrol()) {
            return "/login?faces-redirect=true";
        }
        try {
            Enrolment enrolment = action.get();
            if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
                return "/learner/index?faces-redirect=true&waitlisted=true";
            }
            if (enrolment.getStatus() == EnrolmentStatus.PENDING) {
                return "/learner/index?faces-redirect=true";
            }
            return "/learner/course?faces-redirect=true&e=" + enrolment.getId();
        } catch (EnrolmentException refused) {
            Messages.error("enrolment.refused." + refused.reason());
            return null;
        }
    }

    public Map<Long, String> getKeys() {
        return keys;
    }
}
