package dk.samskab.credit.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.credit.CertificateService;
import dk.samskab.credit.VerifiedCertificate;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningService;
import dk.samskab.platform.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

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
        rows = enrolments.enrolmentsOf(email).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.WITHDRAWN)
                .map(e -> new Row(e.getId(), Learning.course(e), e.getStatus(), percent(email, e),
                        e.getStatus() == EnrolmentStatus.ENROLLED && enrolments.wasPromoted(e),
                        e.getCohort() == null ? null : e.getCohort().getName(),
                        e.getStatus() == EnrolmentStatus.COMPLETED
                                ? certificates.certificate(email, e.getId()).map(VerifiedCertificate::code).orElse(null) : null,
                        e.getDecisionReason(),
                        e.getCohort() == null || e.getCohort().hasStarted(Dates.today()) ? null : e.getCohort().getStartsOn()))
                .toList();
    }

    private int percent(String email, Enrolment enrolment) {
        return enrolment.getStatus() == EnrolmentStatus.ENROLLED || enrolment.getStatus() == EnrolmentStatus.COMPLETED
                ? learning.progress(email, enrolment.getId()).percent() : 0;
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
