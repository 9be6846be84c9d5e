package dk.samskab.api;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;

/** The published courses, as the public catalogue shows them, and every published version of each. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    public record CourseVersionView(String course, int version, String titleDa, String titleEn, String summaryDa,
            String summaryEn, String format, int durationWeeks, BigDecimal workloadHours, BigDecimal ects,
            String awardingProvider, Instant publishedAt, Instant updatedAt) {
        static CourseVersionView of(CourseVersion v) {
            CourseDefinition d = v.definition();
            return new CourseVersionView(v.getCourse().getCode(), v.getVersionNumber(), d.title().da(), d.title().en(),
                    d.summary().da(), d.summary().en(), d.format().name(), d.durationWeeks(), d.workloadHours(), d.ects(),
                    v.getAwardingProvider() == null ? null : v.getAwardingProvider().getCode(), v.getPublishedAt(), v.getUpdatedAt());
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The newest published version of every course. */
    @GET
    @Transactional
    public Page<CourseVersionView> list(@QueryParam("cursor") String cursor, @QueryParam("updatedSince") String updatedSince,
            @QueryParam("limit") Integer limit) {
        Page.Request page = Page.Request.of(cursor, updatedSince, limit);
        return page.page(page.bind(em.createQuery("SELECT v FROM CourseVersion v WHERE v.versionNumber = (SELECT MAX(w.versionNumber)"
                + " FROM CourseVersion w WHERE w.course = v.course) AND " + page.condition("v") + " ORDER BY v.updatedAt, v.id",
                CourseVersion.class)).getResultList(), CourseVersionView::of);
    }

    @GET
    @Path("{code}")
    @Transactional
    public CourseVersionView get(@PathParam("code") String code) {
        return versions(code).get(0);
    }

    /** Every published version, newest first; enrolments and credits name the version they were made under. */
    @GET
    @Path("{code}/versions")
    @Transactional
    public List<CourseVersionView> versionsOf(@PathParam("code") String code) {
        return versions(code);
    }

    private List<CourseVersionView> versions(String code) {
        List<CourseVersionView> versions = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", code)
                .getResultStream().map(CourseVersionView::of).toList();
        if (versions.isEmpty()) {
            throw ApiProblem.notFound("Course " + code);
        }
        return versions;
    }
}
