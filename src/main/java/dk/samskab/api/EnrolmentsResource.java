package dk.samskab.api;

import dk.samskab.enrolment.BulkNotice;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentNotice;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.Enrolments;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.LearningService;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Dates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enrolments of the people in the client's scope: enrol in a cohort (a seat, or the waitlist
 * when it is full), withdraw, and read status, progress and waitlist position.
 */
@Path("enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

    public record EnrolmentView(long id, long person, String personName, String course, int courseVersion, Long cohort,
            String status, Instant requestedAt, Instant enrolledAt, Instant completedAt, int progressPercent,
            Integer waitlistPosition, Instant updatedAt) {
    }

    public record NewEnrolment(Long person, Long cohort) {
    }

    @Inject
    ApiRequest request;

    @Inject
    Idempotency idempotency;

    @Inject
    LearningService learning;

    @Inject
    PeopleResource people;

    @Inject
    CohortsResource cohorts;

    @Inject
    Event<BulkNotice> notices;

    @Inject
    Event<EnrolmentNotice> promotions;

    @PersistenceContext
    EntityManager em;

    @GET
    @Transactional
    public Page<EnrolmentView> list(@QueryParam("cohort") Long cohort, @QueryParam("person") Long person,
            @QueryParam("organisation") String organisation, @QueryParam("course") String course,
            @QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") Integer limit) {
        Page.Request page = Page.Request.of(cursor, updatedSince, limit);
        EnrolmentStatus wanted = Enums.read(EnrolmentStatus.class, "status", status);
        var query = em.createQuery("SELECT e FROM Enrolment e WHERE EXISTS (SELECT m FROM Membership m WHERE m.person = e.person"
                + " AND m.organisation.id IN :scope AND (:organisation IS NULL OR m.organisation.code = :organisation))"
                + " AND (:cohort IS NULL OR e.cohort.id = :cohort) AND (:person IS NULL OR e.person.id = :person)"
                + " AND (:course IS NULL OR e.course.code = :course) AND (:status IS NULL OR e.status = :status)"
                + " AND " + page.condition("e") + " ORDER BY e.updatedAt, e.id", Enrolment.class)
                .setParameter("scope", Scope.of(request)).setParameter("organisation", Fields.given(organisation))
                .setParameter("cohort", cohort).setParameter("person", person).setParameter("course", Fields.given(course))
                .setParameter("status", wanted);
        List<Enrolment> rows = page.bind(query).getResultList();
        Map<Long, CourseProgress> progress = learning.progressOfAll(rows.size() > page.limit() ? rows.subList(0, page.limit()) : rows);
        return page.page(rows, e -> view(e, progress.get(e.getId())));
    }

    @GET
    @Path("{id}")
    @Transactional
    public EnrolmentView get(@PathParam("id") long id) {
        Enrolment enrolment = visible(id);
        return view(enrolment, learning.progressOfAll(List.of(enrolment)).get(enrolment.getId()));
    }

    @POST
    public Response enrol(NewEnrolment body, @HeaderParam(Idempotency.HEADER) String key) {
        request.requireWrite();
        NewEnrolment e = body == null ? new NewEnrolment(null, null) : body;
        Fields.check().required("person", e.person()).required("cohort", e.cohort()).orRefuse();
        return idempotency.once(key, e, () -> {
            Person person = people.visible(e.person(), LockModeType.NONE);
            Cohort cohort = cohorts.visible(e.cohort(), LockModeType.PESSIMISTIC_WRITE);
            if (cohort.getEndsOn().isBefore(Dates.today())) {
                throw new EnrolmentException(EnrolmentException.Reason.COHORT_ENDED);
            }
            Optional<Enrolment> placed = new Enrolments(em).placeAllByManager(List.of(person), cohort, done -> { }).get(0);
            Enrolment enrolment = placed.orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.ALREADY_ENROLLED));
            em.flush();
            notices.fire(new BulkNotice(person.getEmail(), person.getFullName(), person.getPreferredLanguage(), cohort.getName(),
                    cohort.getInviteToken(), true));
            return Response.created(UriBuilder.fromPath("/api/v1/enrolments/{id}").build(enrolment.getId()))
                    .entity(view(enrolment, learning.progressOfAll(List.of(enrolment)).get(enrolment.getId()))).build();
        });
    }

    @POST
    @Path("{id}/withdrawal")
    @Transactional
    public EnrolmentView withdraw(@PathParam("id") long id) {
        request.requireWrite();
        Enrolment enrolment = visible(id);
        new Enrolments(em).withdraw(enrolment)
                .ifPresent(promoted -> promotions.fire(EnrolmentNotice.of(EnrolmentNotice.Kind.PROMOTED, promoted)));
        em.flush();
        return view(enrolment, learning.progressOfAll(List.of(enrolment)).get(enrolment.getId()));
    }

    /** The enrolment, if its learner is in the client's scope. */
    private Enrolment visible(long id) {
        Enrolment enrolment = em.find(Enrolment.class, id);
        if (enrolment == null || !Scope.sees(request, enrolment.getPerson())) {
            throw ApiProblem.notFound("Enrolment " + id);
        }
        return enrolment;
    }

    private EnrolmentView view(Enrolment e, CourseProgress progress) {
        Integer position = null;
        if (e.getStatus() == EnrolmentStatus.WAITLISTED && e.getCohort() != null) {
            // Counted, not read: the waitlist's order (requested, then id), as Enrolment.WAITLIST promotes; to the
            // millisecond, as stored, since a new enrolment's time in memory is finer.
            position = 1 + em.createQuery("SELECT COUNT(w) FROM Enrolment w WHERE w.cohort = :cohort AND w.status = :waiting"
                    + " AND (w.requestedAt < :requested OR (w.requestedAt = :requested AND w.id < :id))", Long.class)
                    .setParameter("cohort", e.getCohort()).setParameter("waiting", EnrolmentStatus.WAITLISTED)
                    .setParameter("requested", e.getRequestedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).setParameter("id", e.getId()).getSingleResult().intValue();
        }
        return new EnrolmentView(e.getId(), e.getPerson().getId(), e.getPerson().getFullName(),
                e.getCourseVersion().getCourse().getCode(), e.getCourseVersion().getVersionNumber(),
                e.getCohort() == null ? null : e.getCohort().getId(), e.getStatus().name(), e.getRequestedAt(), e.getEnrolledAt(),
                e.getCompletedAt(), progress == null ? 0 : progress.percent(), position, e.getUpdatedAt());
    }

}
