package dk.samskab.credit.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.credit.CertificateService;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningService;
import dk.samskab.platform.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The learner's own courses: in progress, waitlisted and completed with their certificates. */
@Named
@RequestScoped
public class MyLearning {

    /** One row on the page; startsOn is set while the learner's cohort has not started. */
    public record Row(long enrolmentId, CourseDefinition course, EnrolmentStatus status, int percent, boolean promoted,
            String cohortName, String certificateCode, String decisionReason, java.time.LocalDate startsOn) {
    }

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificateService certificates;

    private List<Row> rows;

    @PostConstruct
    void load() {
        String email = currentUser.getEmail();
        List<Enrolment> own = enrolments.enrolmentsOf(email).stream().filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN).toList();
        // A handful of queries for the whole page, not a handful per course.
        Map<Long, CourseProgress> progress = learning.progressOfOwn(email, own);
        Set<Long> promoted = enrolments.promotedAmong(own);
        Map<Long, String> codes = certificates.codesOfOwn(email, own);
        rows = own.stream()
                .map(e -> new Row(e.getId(), Learning.course(e), e.getStatus(), percent(e, progress.get(e.getId())),
                        e.getStatus() == EnrolmentStatus.ENROLLED && promoted.contains(e.getId()),
                        e.getCohort() == null ? null : e.getCohort().getName(),
                        e.getStatus() == EnrolmentStatus.COMPLETED ? codes.get(e.getId()) : null,
                        e.getDecisionReason(),
                        e.getCohort() == null || e.getCohort().hasStarted(Dates.today()) ? null : e.getCohort().getStartsOn()))
                .toList();
    }

    private static int percent(Enrolment enrolment, CourseProgress progress) {
        return (enrolment.getStatus() == EnrolmentStatus.ENROLLED || enrolment.getStatus() == EnrolmentStatus.COMPLETED)
                && progress != null ? progress.percent() : 0;
    }

    public List<Row> getCurrent() {
        return rows.stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED).toList();
    }

    public List<Row> getWaitlisted() {
        return rows.stream().filter(r -> r.status() == EnrolmentStatus.WAITLISTED).toList();
    }

    public List<Row> getPending() {
        return rows.stream().filter(r -> r.status() == EnrolmentStatus.PENDING || r.status() == EnrolmentStatus.REJECTED).toList();
    }

    public List<Row> getCompleted() {
        return rows.stream().filter(r -> r.status() == EnrolmentStatus.COMPLETED).toList();
    }
}
