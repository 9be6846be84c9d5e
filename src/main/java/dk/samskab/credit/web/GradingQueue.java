package dk.samskab.credit.web;

import dk.samskab.credit.GradingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** Hand-ins waiting for an assessment in the instructor's courses, oldest first, optionally for one course. */
@Named
@RequestScoped
public class GradingQueue {

    @Inject
    GradingService grading;

    @Inject
    SecurityContext security;

    private List<GradingService.QueueEntry> entries;
    private List<String> courseCodes;

    /** The caller as a grader; admins who also teach may grade every course. */
    static GradingService.Grader grader(SecurityContext security) {
        return new GradingService.Grader(security.getCallerPrincipal().getName(), security.isCallerInRole("ADMIN"));
    }

    public List<GradingService.QueueEntry> getEntries() {
        if (entries == null) {
            String course = getCourse();
            entries = grading.queue(grader(security), getCourseCodes().contains(course) ? course : null);
        }
        return entries;
    }

    public List<String> getCourseCodes() {
        if (courseCodes == null) {
            courseCodes = grading.courseCodes(grader(security));
        }
        return courseCodes;
    }

    public String getCourse() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("c");
    }
}
