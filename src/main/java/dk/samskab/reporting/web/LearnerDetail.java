package dk.samskab.reporting.web;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.ElearningAttempt;
import dk.samskab.learning.ElearningRuntime;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningService;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/** One learner's progress in one course, for a manager whose scope sees that learner; anyone else gets 404. */
@Named
@RequestScoped
public class LearnerDetail {

    @Inject
    ReportService reports;

    @Inject
    SignedInManager signedIn;

    @Inject
    LearningService learning;

    @Inject
    ElearningRuntime elearning;

    private Enrolment enrolment;
    private CourseProgress progress;

    public void load() throws IOException {
        Long id = ReportParameters.number(Faces.getRequestParameter("e"));
        long manager = signedIn.id();
        enrolment = id == null ? null : reports.enrolment(manager, id).orElse(null);
        if (enrolment == null) {
            Faces.responseSendError(404, "Not found");
            return;
        }
        progress = learning.progressOf(enrolment);
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public CourseDefinition getCourse() {
        return enrolment == null ? null : Learning.course(enrolment);
    }

    public CourseProgress getProgress() {
        return progress;
    }

    public java.util.List<dk.samskab.learning.Submission> getSubmissions() {
        return enrolment == null ? java.util.List.of() : learning.submissionsOf(enrolment);
    }

    public List<ElearningAttempt> getElearningAttempts() {
        return enrolment == null ? List.of() : elearning.attemptsOf(enrolment);
    }

    public CourseProgress.Records getRecords() {
        return enrolment == null ? null : learning.recordsOf(enrolment);
    }
}
