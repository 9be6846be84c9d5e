package dk.samskab.learning.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.LearningService;
import dk.samskab.learning.SelfAssessment;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The self-assessment on the four competence shifts: at the start, at the end, and the two side by side. */
@Named
@RequestScoped
public class SelfAssessmentForm {

    /** The four shifts, in the order the ratings are stored. */
    public static final List<String> SHIFTS = List.of("professional_identity", "ways_of_working", "collaboration", "leadership");

    @Inject
    CoursePlayer player;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    private final Map<String, String> ratings = new HashMap<>();
    private List<SelfAssessment> recorded;

    private List<SelfAssessment> recorded() {
        if (recorded == null) {
            recorded = player.getCourse() == null ? List.of()
                    : learning.selfAssessments(currentUser.getEmail(), player.getEnrolmentId());
        }
        return recorded;
    }

    private SelfAssessment find(SelfAssessment.Phase phase) {
        return recorded().stream().filter(a -> a.getPhase() == phase).findFirst().orElse(null);
    }

    /** START or END when the learner has one to give now, otherwise null. */
    public String getDue() {
        if (player.getCourse() == null) {
            return null;
        }
        EnrolmentStatus status = player.getEnrolment().getStatus();
        if (status == EnrolmentStatus.ENROLLED && find(SelfAssessment.Phase.START) == null) {
            return "START";
        }
        if (status == EnrolmentStatus.COMPLETED && find(SelfAssessment.Phase.END) == null) {
            return "END";
        }
        return null;
    }

    public List<String> getShifts() {
        return SHIFTS;
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Integer before(int shift) {
        SelfAssessment start = find(SelfAssessment.Phase.START);
        return start == null ? null : start.ratings()[shift];
    }

    public Integer after(int shift) {
        SelfAssessment end = find(SelfAssessment.Phase.END);
        return end == null ? null : end.ratings()[shift];
    }

    public boolean isAnyRecorded() {
        return !recorded().isEmpty();
    }

    public String save() {
        String due = getDue();
        if (due == null) {
            return null;
        }
        int[] values = new int[SHIFTS.size()];
        for (int i = 0; i < SHIFTS.size(); i++) {
            String value = ratings.get(SHIFTS.get(i));
            if (value == null || !value.matches("[1-5]")) {
                Messages.error("self.rateAll");
                return null;
            }
            values[i] = Integer.parseInt(value);
        }
        try {
            learning.rateSelf(currentUser.getEmail(), player.getEnrolmentId(), SelfAssessment.Phase.valueOf(due), values);
        } catch (LearningException | IllegalArgumentException refused) {
            return null;
        }
        return "/learner/course?faces-redirect=true&e=" + player.getEnrolmentId();
    }

    public Map<String, String> getRatings() {
        return ratings;
    }
}
