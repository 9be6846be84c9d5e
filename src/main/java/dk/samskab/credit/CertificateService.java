package dk.samskab.credit;

import dk.samskab.platform.Dates;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.LoggedFact;
import dk.samskab.learning.CourseCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Certificates for the learner's completed courses, and the public verification of a code. */
@ApplicationScoped
@Transactional
public class CertificateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Event<LoggedFact> facts;

    /** The caller's certificate for a completed enrolment; issued when the course was completed. */
    public Optional<VerifiedCertificate> certificate(String email, long enrolmentId) {
        return new Certificates(em).of(enrolments.own(email, enrolmentId)).map(this::view);
    }

    /** The verification codes of the caller's own certificates among these enrolments, by enrolment id, in one query. */
    public java.util.Map<Long, String> codesOfOwn(String email, java.util.List<dk.samskab.enrolment.Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.enrolment.id, c.verificationCode FROM Certificate c WHERE c.enrolment IN :enrolments"
                + " AND LOWER(c.enrolment.person.email) = :email", Object[].class).setParameter("enrolments", enrolments)
                .setParameter("email", email.toLowerCase()).getResultList()) {
            codes.put((Long) row[0], (String) row[1]);
        }
        return codes;
    }

    /** A completed course gets its certificate in the same transaction. */
    void issueOnCompletion(@Observes CourseCompleted completed) {
        new Certificates(em, facts::fire).issue(completed.enrolment());
    }

    public Optional<VerifiedCertificate> verify(String code) {
        return new Certificates(em).byCode(code).map(this::view);
    }

    private VerifiedCertificate view(Certificate certificate) {
        Enrolment enrolment = certificate.getEnrolment();
        CourseVersion version = enrolment.getCourseVersion();
        CourseDefinition course = version.definition();
        // ECTS are printed only when awarded for a passed, graded assessment.
        Optional<CreditAward> award = em.createQuery("SELECT a FROM CreditAward a WHERE a.enrolment = :enrolment",
                CreditAward.class).setParameter("enrolment", enrolment).getResultStream().findFirst();
        return new VerifiedCertificate(certificate.getVerificationCode(), enrolment.getPerson().getFullName(),
                course.code(), course.title(), enrolment.getCompletedAt().atZone(Dates.DENMARK).toLocalDate(),
                award.map(CreditAward::getEcts).orElse(null),
                award.map(a -> a.getProvider().getName()).orElse(
                        version.getAwardingProvider() == null ? null : version.getAwardingProvider().getName()));
    }
}
