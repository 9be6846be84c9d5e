package dk.samskab.api;

import dk.samskab.credit.Certificate;
import dk.samskab.credit.CreditAward;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.learning.Submission;
import dk.samskab.platform.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What learners in the client's scope have achieved: completed courses with the final grade on
 * the 7-point scale, the ECTS credits awarded, and the certificate with its public verification
 * address.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    public record CertificateView(String code, String verificationUrl, Instant issuedAt, long enrolment, long person,
            String course) {
    }

    public record CompletionView(long enrolment, long person, String personName, String course, int courseVersion,
            Instant completedAt, String grade, Boolean passed, BigDecimal ects, String ectsLetter, String awardingProvider,
            LocalDate awardedOn, CertificateView certificate, Instant updatedAt) {
    }

    @Inject
    ApiRequest request;

    @Inject
    PublicAddress address;

    @PersistenceContext
    EntityManager em;

    @GET
    @Path("completions")
    @Transactional
    public Page<CompletionView> completions(@QueryParam("person") Long person, @QueryParam("organisation") String organisation,
            @QueryParam("course") String course, @QueryParam("cursor") String cursor,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") Integer limit) {
        Page.Request page = Page.Request.of(cursor, updatedSince, limit);
        List<Enrolment> rows = page.bind(em.createQuery("SELECT e FROM Enrolment e WHERE e.status = :completed AND EXISTS"
                + " (SELECT m FROM Membership m WHERE m.person = e.person AND m.organisation.id IN :scope"
                + " AND (:organisation IS NULL OR m.organisation.code = :organisation))"
                + " AND (:person IS NULL OR e.person.id = :person) AND (:course IS NULL OR e.course.code = :course)"
                + " AND " + page.condition("e") + " ORDER BY e.updatedAt, e.id", Enrolment.class)
                .setParameter("completed", EnrolmentStatus.COMPLETED).setParameter("scope", Scope.of(request))
                .setParameter("organisation", Fields.given(organisation)).setParameter("person", person)
                .setParameter("course", Fields.given(course))).getResultList();
        Map<Long, CreditAward> awards = byEnrolment(rows, "SELECT a FROM CreditAward a WHERE a.enrolment IN :rows", CreditAward.class,
                CreditAward::getEnrolment);
        Map<Long, Certificate> certificates = byEnrolment(rows, "SELECT c FROM Certificate c WHERE c.enrolment IN :rows",
                Certificate.class, Certificate::getEnrolment);
        Map<Long, Submission> finals = byEnrolment(rows, "SELECT s FROM Submission s WHERE s.enrolment IN :rows AND s.task = '"
                + Submission.FINAL + "'", Submission.class, Submission::getEnrolment);
        return page.page(rows, e -> {
            CreditAward award = awards.get(e.getId());
            Submission last = finals.get(e.getId());
            Certificate certificate = certificates.get(e.getId());
            return new CompletionView(e.getId(), e.getPerson().getId(), e.getPerson().getFullName(),
                    e.getCourseVersion().getCourse().getCode(), e.getCourseVersion().getVersionNumber(), e.getCompletedAt(),
                    award != null && award.getGrade() != null ? award.getGrade() : last == null ? null : last.getGrade(),
                    last == null ? null : last.getPassed(), award == null ? null : award.getEcts(),
                    award == null ? null : award.getEctsLetter(), award == null ? null : award.getProvider().getName(),
                    award == null ? null : award.getAwardedOn(), certificate == null ? null : view(certificate), e.getUpdatedAt());
        });
    }

    @GET
    @Path("certificates/{code}")
    @Transactional
    public CertificateView certificate(@PathParam("code") String code) {
        return em.createNamedQuery(Certificate.BY_CODE, Certificate.class).setParameter("code", code).getResultStream().findFirst()
                .filter(c -> Scope.sees(request, c.getEnrolment().getPerson()))
                .map(this::view).orElseThrow(() -> ApiProblem.notFound("Certificate " + code));
    }

    private CertificateView view(Certificate c) {
        return new CertificateView(c.getVerificationCode(), address.of("/verify/" + c.getVerificationCode()), c.getIssuedAt(),
                c.getEnrolment().getId(), c.getEnrolment().getPerson().getId(), c.getEnrolment().getCourseVersion().getCourse().getCode());
    }

    private <T> Map<Long, T> byEnrolment(List<Enrolment> rows, String jpql, Class<T> type,
            java.util.function.Function<T, Enrolment> enrolment) {
        Map<Long, T> found = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery(jpql, type).setParameter("rows", rows).getResultStream().forEach(t -> found.put(enrolment.apply(t).getId(), t));
        }
        return found;
    }

}
