package dk.samskab.credit;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.LearningEventLog;
import dk.samskab.enrolment.LoggedFact;
import dk.samskab.learning.CourseCompleted;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Consumer;

/** Issues one certificate per completed enrolment, when it completes, and finds certificates by their code. */
public final class Certificates {

    private final EntityManager em;
    private final Consumer<LoggedFact> facts;

    /** For reading, and outside the container: an issued certificate is logged straight away. */
    public Certificates(EntityManager em) {
        this(em, LearningEventLog.writer(em));
    }

    /** facts receives CertificateIssued in the issuing transaction (in the container: the CDI event). */
    public Certificates(EntityManager em, Consumer<LoggedFact> facts) {
        this.em = em;
        this.facts = facts;
    }

    /**
     * Outside the container, where no observer runs: facts go to the log, and a completed course
     * gets its certificate, as CertificateService does inside it.
     */
    static Consumer<LoggedFact> issuingOnCompletion(EntityManager em) {
        Certificates certificates = new Certificates(em);
        return fact -> {
            certificates.facts.accept(fact);
            if (fact instanceof CourseCompleted completed) {
                certificates.issue(completed.enrolment());
            }
        };
    }

    /** The enrolment's certificate, if it has one; reading never issues one. */
    public Optional<Certificate> of(Enrolment enrolment) {
        return em.createNamedQuery(Certificate.OF_ENROLMENT, Certificate.class)
                .setParameter("enrolment", enrolment).getResultStream().findFirst();
    }

    /**
     * Issues the certificate of a completed enrolment, in the completing transaction; an
     * enrolment that already has one keeps it.
     */
    public Optional<Certificate> issue(Enrolment enrolment) {
        Optional<Certificate> existing = of(enrolment);
        if (existing.isPresent() || enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            return existing;
        }
        return Optional.of(issueNew(enrolment));
    }

    private Certificate issueNew(Enrolment enrolment) {
        Certificate certificate = new Certificate(enrolment);
        em.persist(certificate);
        facts.accept(new CertificateIssued(enrolment, certificate.getVerificationCode()));
        return certificate;
    }

    /**
     * Issues the certificates of at most {@code limit} completed enrolments that have none (courses
     * completed before certificates were issued on completion), oldest first; returns how many.
     * A bounded batch keeps each transaction short however much history there is.
     */
    public int issueMissing(int limit) {
        java.util.List<Enrolment> without = em.createQuery("SELECT e FROM Enrolment e WHERE e.status = :completed"
                + " AND NOT EXISTS (SELECT c FROM Certificate c WHERE c.enrolment = e) ORDER BY e.id", Enrolment.class)
                .setParameter("completed", EnrolmentStatus.COMPLETED).setMaxResults(limit).getResultList();
        // The query found none of them with a certificate: no second look per enrolment (a node
        // issuing the same one at the same moment is stopped by the unique key).
        without.forEach(this::issueNew);
        return without.size();
    }

    public Optional<Certificate> byCode(String code) {
        if (code == null || !code.strip().toUpperCase().matches("[A-Z0-9]{16}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                .setParameter("code", code.strip().toUpperCase()).getResultStream().findFirst();
    }
}
