package dk.samskab.credit;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.LearningEvent;
import dk.samskab.enrolment.LearningEventType;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Issues one certificate per completed enrolment and finds certificates by their code. */
public final class Certificates {

    private final EntityManager em;

    public Certificates(EntityManager em) {
        this.em = em;
    }

    /** The enrolment's certificate, issued now if the course is completed and none exists yet. */
    public Optional<Certificate> forEnrolment(Enrolment enrolment) {
        Optional<Certificate> existing = em.createNamedQuery(Certificate.OF_ENROLMENT, Certificate.class)
                .setParameter("enrolment", enrolment).getResultStream().findFirst();
        if (existing.isPresent() || enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            return existing;
        }
        Certificate certificate = new Certificate(enrolment);
        em.persist(certificate);
        em.persist(new LearningEvent(enrolment, LearningEventType.CERTIFICATE_ISSUED, certificate.getVerificationCode()));
        return Optional.of(certificate);
    }

    public Optional<Certificate> byCode(String code) {
        if (code == null || !code.strip().toUpperCase().matches("[A-Z0-9]{16}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                .setParameter("code", code.strip().toUpperCase()).getResultStream().findFirst();
    }
}
