package dk.samskab.api;

import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.CohortService;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.Enrolments;
import dk.samskab.organisation.Organisation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Cohorts: the runs of a course with dates and seats. A client sees the cohorts shared with an
 * organisation in its scope; creating and changing them is for a client of every organisation,
 * as on the pages it is for the course's teachers and admins.
 */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortsResource {

    public record CohortView(long id, String course, int courseVersion, String name, LocalDate startsOn, LocalDate endsOn,
            Integer capacity, boolean approvalRequired, List<String> organisations, long enrolled, long waitlisted,
            Long seatsLeft, Instant updatedAt) {
    }

    public record NewCohort(String course, String name, LocalDate startsOn, LocalDate endsOn, Integer capacity,
            Boolean approvalRequired, List<String> organisations) {
    }

    public record CohortChange(String name, LocalDate startsOn, LocalDate endsOn, Integer capacity) {
    }

    @Inject
    ApiRequest request;

    @Inject
    Idempotency idempotency;

    @Inject
    CohortService cohorts;

    @PersistenceContext
    EntityManager em;

    @GET
    @Transactional
    public Page<CohortView> list(@QueryParam("course") String course, @QueryParam("cursor") String cursor,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") Integer limit) {
        Page.Request page = Page.Request.of(cursor, updatedSince, limit);
        var query = em.createQuery("SELECT c FROM Cohort c WHERE (:all = TRUE OR EXISTS (SELECT o FROM Cohort c2 JOIN"
                + " c2.organisations o WHERE c2 = c AND o.id IN :scope)) AND (:course IS NULL OR c.courseVersion.course.code = :course)"
                + " AND " + page.condition("c") + " ORDER BY c.updatedAt, c.id", Cohort.class)
                .setParameter("all", request.caller().isAdmin()).setParameter("scope", Scope.of(request))
                .setParameter("course", course == null || course.isBlank() ? null : course.strip());
        return page.page(page.bind(query).getResultList(), this::view);
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Cohort cohort = visible(id, LockModeType.NONE);
        return Response.ok(view(cohort)).tag(Versions.tag(cohort.getVersion())).build();
    }

    @POST
    public Response create(NewCohort body, @HeaderParam(Idempotency.HEADER) String key) {
        request.requireWrite();
        request.requireAll();
        NewCohort c = body == null ? new NewCohort(null, null, null, null, null, null, null) : body;
        Fields.check().required("course", c.course()).required("name", c.name()).maxLength("name", c.name(), 200)
                .required("startsOn", c.startsOn()).required("endsOn", c.endsOn())
                .rule(c.startsOn() == null || c.endsOn() == null || !c.endsOn().isBefore(c.startsOn()), "endsOn",
                        "must not be before startsOn")
                .rule(c.capacity() == null || c.capacity() > 0, "capacity", "must be at least 1, or left out for no limit")
                .orRefuse();
        return idempotency.once(key, c, () -> {
            Cohort cohort = cohorts.create(request.caller(), c.course().strip(), new CohortService.Settings(c.name(), c.startsOn(),
                    c.endsOn(), c.capacity(), null, Boolean.TRUE.equals(c.approvalRequired()),
                    c.organisations() == null ? List.of() : c.organisations()));
            em.flush();
            return Response.created(UriBuilder.fromPath("/api/v1/cohorts/{id}").build(cohort.getId())).entity(view(cohort))
                    .tag(Versions.tag(cohort.getVersion())).build();
        });
    }

    @PUT
    @Path("{id}")
    @Transactional
    public Response update(@PathParam("id") long id, CohortChange body, @HeaderParam("If-Match") String ifMatch) {
        request.requireWrite();
        request.requireAll();
        Cohort cohort = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, cohort.getVersion());
        CohortChange c = body == null ? new CohortChange(null, null, null, null) : body;
        Fields.check().required("name", c.name()).maxLength("name", c.name(), 200).required("startsOn", c.startsOn())
                .required("endsOn", c.endsOn())
                .rule(c.startsOn() == null || c.endsOn() == null || !c.endsOn().isBefore(c.startsOn()), "endsOn",
                        "must not be before startsOn")
                .rule(c.capacity() == null || c.capacity() > 0, "capacity", "must be at least 1, or left out for no limit")
                .orRefuse();
        Cohort changed = cohorts.update(request.caller(), id, new CohortService.Settings(c.name(), c.startsOn(), c.endsOn(),
                c.capacity(), cohort.getEnrolmentKey(), cohort.isApprovalRequired(),
                cohort.getOrganisations().stream().map(Organisation::getCode).toList()));
        em.flush();
        return Response.ok(view(changed)).tag(Versions.tag(changed.getVersion())).build();
    }

    /** The cohort, if it is shared with an organisation in the client's scope (any, for a client of all). */
    Cohort visible(long id, LockModeType lock) {
        Cohort cohort = em.find(Cohort.class, id, lock);
        if (cohort == null || !request.caller().isAdmin()
                && cohort.getOrganisations().stream().noneMatch(o -> request.caller().organisationsInScope().contains(o.getId()))) {
            throw ApiProblem.notFound("Cohort " + id);
        }
        return cohort;
    }


    private CohortView view(Cohort c) {
        long enrolled = count(c, EnrolmentStatus.ENROLLED) + count(c, EnrolmentStatus.COMPLETED);
        long seatsLeft = new Enrolments(em).seatsLeft(c);
        return new CohortView(c.getId(), c.getCourseVersion().getCourse().getCode(), c.getCourseVersion().getVersionNumber(),
                c.getName(), c.getStartsOn(), c.getEndsOn(), c.getCapacity(), c.isApprovalRequired(),
                c.getOrganisations().stream().map(Organisation::getCode).sorted().toList(), enrolled,
                count(c, EnrolmentStatus.WAITLISTED), seatsLeft == Long.MAX_VALUE ? null : seatsLeft, c.getUpdatedAt());
    }

    private long count(Cohort cohort, EnrolmentStatus status) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :cohort AND e.status = :status", Long.class)
                .setParameter("cohort", cohort).setParameter("status", status).getSingleResult();
    }
}
