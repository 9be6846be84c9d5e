package dk.samskab.api;

import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationType;
import dk.samskab.organisation.Region;
import dk.samskab.organisation.SizeBand;
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
import java.util.Set;

/** Organisations in the client's scope; only a client of every organisation creates or changes them, as only admins do. */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    public record OrganisationView(long id, String code, String name, String type, String region, String sizeBand,
            Instant updatedAt) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.getId(), o.getCode(), o.getName(), o.getType().name(),
                    o.getRegion() == null ? null : o.getRegion().name(), o.getSizeBand() == null ? null : o.getSizeBand().name(),
                    o.getUpdatedAt());
        }
    }

    public record NewOrganisation(String code, String name, String type, String region, String sizeBand) {
    }

    public record OrganisationChange(String name, String region, String sizeBand) {
    }

    @Inject
    ApiRequest request;

    @Inject
    Idempotency idempotency;

    @PersistenceContext
    EntityManager em;

    @GET
    @Transactional
    public Page<OrganisationView> list(@QueryParam("cursor") String cursor, @QueryParam("updatedSince") String updatedSince,
            @QueryParam("limit") Integer limit) {
        Page.Request page = Page.Request.of(cursor, updatedSince, limit);
        Set<Long> scope = request.caller().organisationsInScope();
        return page.page(page.bind(em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :scope AND " + page.condition("o")
                + " ORDER BY o.updatedAt, o.id", Organisation.class).setParameter("scope", scope.isEmpty() ? Set.of(-1L) : scope))
                .getResultList(), OrganisationView::of);
    }

    @GET
    @Path("{code}")
    @Transactional
    public Response get(@PathParam("code") String code) {
        Organisation organisation = visible(code, LockModeType.NONE);
        return Response.ok(OrganisationView.of(organisation)).tag(Versions.tag(organisation.getVersion())).build();
    }

    @POST
    public Response create(NewOrganisation body, @HeaderParam(Idempotency.HEADER) String key) {
        request.requireWrite();
        request.requireAll();
        NewOrganisation o = body == null ? new NewOrganisation(null, null, null, null, null) : body;
        Fields.check().required("code", o.code()).maxLength("code", o.code(), 60)
                .rule(o.code() == null || o.code().strip().matches("[a-z0-9][a-z0-9-]*"), "code", "may hold only a-z, 0-9 and -")
                .required("name", o.name()).maxLength("name", o.name(), 200).required("type", o.type())
                .rule(Enums.valid(OrganisationType.class, o.type()), "type", "is not an organisation type")
                .rule(Enums.valid(Region.class, o.region()), "region", "is not a region")
                .rule(Enums.valid(SizeBand.class, o.sizeBand()), "sizeBand", "is not a size band")
                .rule(!"MUNICIPALITY".equalsIgnoreCase(o.type()) || o.region() != null && o.sizeBand() != null, "region",
                        "a municipality needs a region and a size band")
                .orRefuse();
        return idempotency.once(key, o, () -> {
            if (!em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                    .setParameter("code", o.code().strip()).getResultList().isEmpty()) {
                throw ApiProblem.conflict("organisation-exists", "An organisation with the code " + o.code().strip() + " exists.");
            }
            OrganisationType type = Enums.read(OrganisationType.class, "type", o.type());
            Region region = Enums.read(Region.class, "region", o.region());
            Organisation organisation = type == OrganisationType.MUNICIPALITY
                    ? Organisation.municipality(o.code().strip(), o.name(), region, Enums.read(SizeBand.class, "sizeBand", o.sizeBand()))
                    : Organisation.of(o.code().strip(), o.name(), type, region);
            em.persist(organisation);
            em.flush();
            return Response.created(UriBuilder.fromPath("/api/v1/organisations/{code}").build(organisation.getCode()))
                    .entity(OrganisationView.of(organisation)).tag(Versions.tag(organisation.getVersion())).build();
        });
    }

    @PUT
    @Path("{code}")
    @Transactional
    public Response update(@PathParam("code") String code, OrganisationChange body, @HeaderParam("If-Match") String ifMatch) {
        request.requireWrite();
        request.requireAll();
        Organisation organisation = visible(code, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, organisation.getVersion());
        OrganisationChange c = body == null ? new OrganisationChange(null, null, null) : body;
        Fields.check().required("name", c.name()).maxLength("name", c.name(), 200)
                .rule(Enums.valid(Region.class, c.region()), "region", "is not a region")
                .rule(Enums.valid(SizeBand.class, c.sizeBand()), "sizeBand", "is not a size band")
                .rule(organisation.getType() != OrganisationType.MUNICIPALITY || c.region() != null && c.sizeBand() != null,
                        "region", "a municipality needs a region and a size band")
                .orRefuse();
        organisation.change(c.name(), Enums.read(Region.class, "region", c.region()), Enums.read(SizeBand.class, "sizeBand", c.sizeBand()));
        em.flush();
        return Response.ok(OrganisationView.of(organisation)).tag(Versions.tag(organisation.getVersion())).build();
    }

    private Organisation visible(String code, LockModeType lock) {
        Organisation organisation = em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", code).setLockMode(lock).getResultStream().findFirst()
                .filter(o -> request.caller().organisationsInScope().contains(o.getId()))
                .orElseThrow(() -> ApiProblem.notFound("Organisation " + code));
        return organisation;
    }
}
