package dk.samskab.reporting.web;

import dk.samskab.enrolment.BulkCsv;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.platform.web.Messages;
import dk.samskab.reporting.BulkEnrolment;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Upload a CSV of people to enrol them into one of the manager's cohorts; every problem is listed by line. */
@Named
@RequestScoped
public class BulkEnrolmentPage {

    /** Largest file accepted: 20,000 lines of four columns fit well within it. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    BulkEnrolment bulk;

    @Inject
    ReportService reports;

    @Inject
    SecurityContext security;

    private Long cohortId;
    private Part file;
    private List<String> problems = List.of();
    private BulkEnrolment.Outcome outcome;

    private long managerId() {
        return reports.managerId(security.getCallerPrincipal().getName()).orElse(-1L);
    }

    public List<Cohort> getCohorts() {
        return bulk.cohorts(managerId());
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            problems = List.of(Messages.text("bulk.problem.empty", 1, ""));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            problems = List.of(Messages.text("bulk.tooLarge", MAX_BYTES / (1024 * 1024)));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            outcome = bulk.importCsv(managerId(), cohortId == null ? -1 : cohortId, in.readAllBytes());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text("bulk.done", outcome.people(), outcome.created(), outcome.enrolled(), outcome.waitlisted(),
                            outcome.alreadyEnrolled()), null));
        } catch (BulkEnrolment.Refused refused) {
            problems = refused.problems().stream().map(BulkEnrolmentPage::describe).toList();
        } catch (EnrolmentException unknownCohort) {
            problems = List.of(Messages.text("bulk.chooseCohort"));
        } catch (IOException e) {
            problems = List.of(Messages.text("bulk.problem.empty", 1, ""));
        }
    }

    private static String describe(BulkCsv.Problem problem) {
        return Messages.text("bulk.problem." + problem.kind(), problem.line(), problem.value());
    }

    public List<String> getProblems() {
        return problems;
    }

    public BulkEnrolment.Outcome getOutcome() {
        return outcome;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
