package dk.samskab.enrolment.web;

import dk.samskab.enrolment.BulkCsv;
import dk.samskab.enrolment.BulkEnrolment;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.ManagerReach;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** Upload a CSV of people to enrol them into one of the manager's cohorts; every problem is listed by line. */
@Named
@RequestScoped
public class BulkEnrolmentPage {

    /** Largest file accepted: 20,000 lines of four columns fit well within it. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The problems whose value is a number. */
    private static final java.util.Set<String> NUMBERED = java.util.Set.of("tooMany", "columns");

    @Inject
    BulkEnrolment bulk;

    /** The signed-in manager's scope, worked out by reporting. */
    @Inject
    ManagerReach reach;

    @Inject
    BulkJobs jobs;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private Long cohortId;
    private Part file;
    private List<String> problems = List.of();
    private BulkEnrolment.Outcome outcome;

    public List<Cohort> getCohorts() {
        return bulk.cohorts(reach);
    }

    /** Checks the upload, then imports it in the background; the page follows it with a progress bar. */
    public void upload() {
        if (jobs.running()) {
            problems = List.of(Messages.text("bulk.busy"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            problems = List.of(Messages.text("bulk.problem.empty", 1, ""));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            problems = List.of(Messages.text("bulk.tooLarge", MAX_BYTES / (1024 * 1024)));
            return;
        }
        byte[] csv;
        try (InputStream in = file.getInputStream()) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            problems = List.of(Messages.text("bulk.problem.empty", 1, ""));
            return;
        }
        ManagerReach manager = reach;
        long cohort = cohortId == null ? -1 : cohortId;
        BulkJob job = new BulkJob(lines(csv));
        jobs.start(job);
        executor.execute(() -> job.run(progress -> bulk.importCsv(manager, cohort, csv, progress)));
    }

    /** People in the file: its lines less the header, for the progress bar. */
    private static int lines(byte[] csv) {
        int lines = csv.length > 0 && csv[csv.length - 1] != '\n' ? 0 : -1;
        for (byte b : csv) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The latest import in this session, while it runs or once it has ended. */
    public BulkJob getJob() {
        return jobs.current();
    }

    public int getProgress() {
        BulkJob job = jobs.current();
        return job == null ? 0 : job.percent();
    }

    /** What the latest import came to: a summary, or every problem by line. */
    public void showResult() {
        BulkJob job = jobs.current();
        if (job == null) {
            return;
        }
        switch (job.state()) {
            case DONE -> {
                outcome = job.outcome();
                Messages.info("bulk.done", outcome.people(), outcome.created(), outcome.enrolled(), outcome.waitlisted(),
                        outcome.alreadyEnrolled());
            }
            case REFUSED -> {
                Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
                problems = job.problems().stream().map(problem -> describe(problem, locale)).toList();
            }
            case NO_COHORT -> problems = List.of(Messages.text("bulk.chooseCohort"));
            case FAILED -> problems = List.of(Messages.text("bulk.failed"));
            default -> { }
        }
    }

    /** A problem in the page's language; line numbers and counts are numbers of that language (Danish 20.002). */
    static String describe(BulkCsv.Problem problem, Locale locale) {
        Object value = NUMBERED.contains(problem.kind()) ? Long.valueOf(problem.value()) : problem.value();
        return Messages.text(locale, "bulk.problem." + problem.kind(), problem.line(), value);
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
