package dk.samskab.credit.web;

import dk.samskab.credit.GradingService;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/** Hand-ins waiting for an assessment in the instructor's courses, oldest first, optionally for one course. */
@Named
@RequestScoped
public class GradingQueue {

    @Inject
    GradingService grading;

    @Inject
    Caller caller;

    private List<GradingService.QueueEntry> entries;
    private List<String> courseCodes;

    public List<GradingService.QueueEntry> getEntries() {
        if (entries == null) {
            String course = getCourse();
            entries = grading.queue(caller, getCourseCodes().contains(course) ? course : null);
        }
        return entries;
    }

    public List<String> getCourseCodes() {
        if (courseCodes == null) {
            courseCodes = grading.courseCodes(caller);
        }
        return courseCodes;
    }

    public String getCourse() {
        return Faces.getRequestParameter("c");
    }
}
