package dk.samskab.credit;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.LearningEvent;
import dk.samskab.enrolment.LearningEventType;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Issues one certificate per completed enrolment, when it completes, and finds certificates by their code. */
public final class Certificates {

    private final EntityManager em;

    public Certificates(EntityManager em) {
        this.em = em;
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
        Certificate certificate = new Certificate(enrolment);
        em.persist(certificate);
        em.persist(new LearningEvent(enrolment, LearningEventType.CERTIFICATE_ISSUED, certificate.getVerificationCode()));
        return Optional.of(certificate);
    }

    /** Issues the certificates of completed enrolments that have none (courses completed before certificates were issued on completion). */
    public int issueMissing() {
        java.util.List<Enrolment> without = em.createQuery("SELECT e FROM Enrolment e WHERE e.status = :completed"
                + " AND NOT EXISTS (SELECT c FROM Certificate c WHERE c.enrolment = e)", Enrolment.class)
                .setParameter("completed", EnrolmentStatus.COMPLETED).getResultList();
        without.forEach(this::issue);
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
