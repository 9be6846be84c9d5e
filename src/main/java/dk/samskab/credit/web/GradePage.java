package dk.samskab.credit.web;

import dk.samskab.credit.Grade;
import dk.samskab.credit.GradingService;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/** Grading one final assignment on the course's scale, with written feedback. */
@Named
@RequestScoped
public class GradePage {

    @Inject
    GradingService grading;

    @Inject
    Caller caller;

    private Long submissionId;
    private GradingService.ToGrade toGrade;
    private String grade;
    private String result;
    private String feedback;

    public GradingService.ToGrade getToGrade() {
        if (toGrade == null) {
            if (submissionId == null) {
                String param = Faces.getRequestParameter("s");
                submissionId = param != null && param.matches("\\d{1,18}") ? Long.valueOf(param) : null;
            }
            toGrade = submissionId == null ? null : grading.toGrade(caller, submissionId).orElse(null);
        }
        return toGrade;
    }

    /** A hand-in the instructor may not grade (another course's, or none) is answered 404, as if it did not exist. */
    public void requireVisible() throws java.io.IOException {
        if (getToGrade() == null) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public boolean isSevenPoint() {
        return getToGrade() != null && toGrade.sevenPoint();
    }

    public List<String> getGrades() {
        return Arrays.stream(Grade.values()).map(Grade::value).toList();
    }

    public String save() {
        if (getToGrade() == null || toGrade.graded()) {
            return null;
        }
        boolean missing = isSevenPoint() ? grade == null : result == null;
        if (missing) {
            Messages.errorAt("gradeForm:grade", "grading.chooseGrade");
            return null;
        }
        grading.grade(caller, submissionId, grade, "passed".equals(result), feedback);
        return "/instructor/grading?faces-redirect=true&graded=true";
    }

    /** Pass/fail for final assignments; approved or not for reflection tasks. */
    public Map<String, String> getResults() {
        boolean reflection = getToGrade() != null && !toGrade.finalAssignment();
        Map<String, String> results = new java.util.LinkedHashMap<>();
        results.put(Messages.text(reflection ? "grading.approved" : "grading.passed"), "passed");
        results.put(Messages.text(reflection ? "grading.notApproved" : "grading.failed"), "failed");
        return results;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
