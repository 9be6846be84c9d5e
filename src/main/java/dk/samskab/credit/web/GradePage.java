package dk.samskab.credit.web;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.credit.Grade;
import dk.samskab.credit.GradingService;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Grading one final assignment on the course's scale, with written feedback. */
@Named
@RequestScoped
public class GradePage {

    @Inject
    GradingService grading;

    @Inject
    SecurityContext security;

    private Long submissionId;
    private GradingService.ToGrade toGrade;
    private String grade;
    private String result;
    private String feedback;

    public GradingService.ToGrade getToGrade() {
        if (toGrade == null) {
            if (submissionId == null) {
                String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("s");
                submissionId = param != null && param.matches("\\d{1,18}") ? Long.valueOf(param) : null;
            }
            toGrade = submissionId == null ? null : grading.toGrade(submissionId).orElse(null);
        }
        return toGrade;
    }

    public boolean isSevenPoint() {
        return getToGrade() != null && toGrade.course().assessment().scale() == AssessmentScale.SEVEN_POINT;
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
            FacesContext.getCurrentInstance().addMessage("gradeForm:grade", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("grading.chooseGrade"), null));
            return null;
        }
        grading.grade(submissionId, grade, "passed".equals(result), feedback, security.getCallerPrincipal().getName());
        return "/instructor/grading?faces-redirect=true&graded=true";
    }

    public Map<String, String> getResults() {
        return Map.of(Messages.text("grading.passed"), "passed", Messages.text("grading.failed"), "failed");
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
