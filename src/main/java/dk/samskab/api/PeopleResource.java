package dk.samskab.api;

import dk.samskab.organisation.Membership;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People of the organisations in the client's scope, and their memberships. A person is seen
 * through a membership in an organisation in scope; anyone else is answered as not found. A new
 * person needs such a membership from the start, and an existing person outside the scope is
 * never attached to it (they would be brought into the client's reports without knowing).
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    public record MembershipView(long id, String organisation, String organisationName, String role) {
        static MembershipView of(Membership m) {
            return new MembershipView(m.getId(), m.getOrganisation().getCode(), m.getOrganisation().getName(), m.getRole().name());
        }
    }

    public record PersonView(long id, String fullName, String email, String externalId, String preferredLanguage,
            List<MembershipView> memberships, Instant updatedAt) {
    }

    public record NewMembership(String organisation, String role) {
    }

    public record NewPerson(String fullName, String email, String externalId, String preferredLanguage,
            List<NewMembership> memberships) {
    }

    public record PersonChange(String fullName, String externalId, String preferredLanguage) {
    }

    @Inject
    ApiRequest request;

    @Inject
    Idempotency idempotency;

    @PersistenceContext
    EntityManager em;

    @GET
    @Transactional
    public Page<PersonView> list(@QueryParam("email") String email, @QueryParam("externalId") String externalId,
            @QueryParam("organisation") String organisation, @QueryParam("cursor") String cursor,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") Integer limit) {
        Page.Request page = Page.Request.of(cursor, updatedSince, limit);
        Set<Long> scope = Scope.of(request);
        var query = em.createQuery("SELECT p FROM Person p WHERE EXISTS (SELECT m FROM Membership m WHERE m.person = p"
                + " AND m.organisation.id IN :scope AND (:organisation IS NULL OR m.organisation.code = :organisation))"
                + " AND (:email IS NULL OR p.email = :email) AND (:externalId IS NULL OR p.externalId = :externalId)"
                + " AND " + page.condition("p") + " ORDER BY p.updatedAt, p.id", Person.class)
                .setParameter("scope", scope).setParameter("organisation", Fields.given(organisation))
                .setParameter("email", email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT))
                .setParameter("externalId", Fields.given(externalId));
        return page.page(page.bind(query).getResultList(), this::view);
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") long id) {
        Person person = visible(id, LockModeType.NONE);
        return Response.ok(view(person)).tag(Versions.tag(person.getVersion())).build();
    }

    @POST
    public Response create(NewPerson body, @HeaderParam(Idempotency.HEADER) String key) {
        request.requireWrite();
        NewPerson p = body == null ? new NewPerson(null, null, null, null, null) : body;
        List<NewMembership> memberships = p.memberships() == null ? List.of() : p.memberships();
        Fields fields = Fields.check().required("fullName", p.fullName()).maxLength("fullName", p.fullName(), 200)
                .required("email", p.email()).email("email", p.email()).maxLength("externalId", p.externalId(), 100)
                .rule(p.preferredLanguage() == null || p.preferredLanguage().matches("(?i)da|en"), "preferredLanguage",
                        "must be da or en")
                .rule(!memberships.isEmpty(), "memberships", "needs at least one membership in an organisation of the client's scope");
        for (int i = 0; i < memberships.size(); i++) {
            checkMembership(fields, "memberships[" + i + "]", memberships.get(i));
        }
        fields.orRefuse();
        return idempotency.once(key, p, () -> {
            String email = Person.normaliseEmail(p.email());
            if (!em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class).setParameter("email", email)
                    .getResultList().isEmpty()) {
                throw ApiProblem.conflict("person-exists", "A person with this e-mail address is already registered."
                        + " Look them up by e-mail; if they are outside the client's scope, they can join through an invitation.");
            }
            checkExternalIdFree(p.externalId(), null);
            Person person = new Person(p.fullName(), email, Language.fromCode(p.preferredLanguage()));
            person.setExternalId(p.externalId());
            for (NewMembership m : memberships) {
                person.joinAs(organisationInScope(m.organisation()), MembershipRole.valueOf(m.role().strip().toUpperCase(Locale.ROOT)));
            }
            em.persist(person);
            em.flush();
            return Response.created(UriBuilder.fromPath("/api/v1/people/{id}").build(person.getId())).entity(view(person))
                    .tag(Versions.tag(person.getVersion())).build();
        });
    }

    @PUT
    @Path("{id}")
    @Transactional
    public Response update(@PathParam("id") long id, PersonChange body, @HeaderParam("If-Match") String ifMatch) {
        request.requireWrite();
        Person person = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, person.getVersion());
        PersonChange c = body == null ? new PersonChange(null, null, null) : body;
        Fields.check().required("fullName", c.fullName()).maxLength("fullName", c.fullName(), 200)
                .maxLength("externalId", c.externalId(), 100)
                .rule(c.preferredLanguage() == null || c.preferredLanguage().matches("(?i)da|en"), "preferredLanguage", "must be da or en")
                .orRefuse();
        checkExternalIdFree(c.externalId(), person);
        person.rename(c.fullName());
        person.setExternalId(c.externalId());
        if (c.preferredLanguage() != null) {
            person.setPreferredLanguage(Language.fromCode(c.preferredLanguage()));
        }
        em.flush();
        return Response.ok(view(person)).tag(Versions.tag(person.getVersion())).build();
    }

    @POST
    @Path("{id}/memberships")
    @Transactional
    public Response addMembership(@PathParam("id") long id, NewMembership body) {
        request.requireWrite();
        Person person = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Fields fields = Fields.check();
        checkMembership(fields, "", body == null ? new NewMembership(null, null) : body);
        fields.orRefuse();
        int before = person.getMemberships().size();
        Membership membership = person.joinAs(organisationInScope(body.organisation()),
                MembershipRole.valueOf(body.role().strip().toUpperCase(Locale.ROOT)));
        em.flush();
        boolean created = person.getMemberships().size() > before;
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .location(UriBuilder.fromPath("/api/v1/people/{id}").build(person.getId()))
                .entity(MembershipView.of(membership)).build();
    }

    @DELETE
    @Path("{id}/memberships/{membershipId}")
    @Transactional
    public Response removeMembership(@PathParam("id") long id, @PathParam("membershipId") long membershipId) {
        request.requireWrite();
        Person person = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Membership membership = person.getMemberships().stream().filter(m -> m.getId() == membershipId)
                .filter(m -> Scope.of(request).contains(m.getOrganisation().getId())).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Membership " + membershipId));
        person.leave(membership);
        return Response.noContent().build();
    }

    private void checkMembership(Fields fields, String prefix, NewMembership m) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        fields.required(at + "organisation", m == null ? null : m.organisation()).required(at + "role", m == null ? null : m.role())
                .rule(m == null || Enums.valid(MembershipRole.class, m.role()), at + "role",
                        "must be one of PROFESSIONAL, LEADER, VOLUNTEER, VOLUNTEER_COORDINATOR");
    }

    private void checkExternalIdFree(String externalId, Person self) {
        if (externalId == null || externalId.isBlank()) {
            return;
        }
        em.createQuery("SELECT p FROM Person p WHERE p.externalId = :id", Person.class).setParameter("id", externalId.strip())
                .getResultStream().filter(other -> other != self).findFirst().ifPresent(other -> {
                    throw ApiProblem.conflict("external-id-taken", "Another person has the external id " + externalId.strip() + ".");
                });
    }

    private Organisation organisationInScope(String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", code == null ? "" : code.strip()).getResultStream().findFirst()
                .filter(o -> Scope.of(request).contains(o.getId()))
                .orElseThrow(() -> ApiProblem.invalid("organisation", "Organisation " + code + " does not exist or is outside the client's scope"));
    }

    /** The person, if a membership brings them into the client's scope. */
    Person visible(long id, LockModeType lock) {
        Person person = em.find(Person.class, id, lock);
        if (person == null || !Scope.sees(request, person)) {
            throw ApiProblem.notFound("Person " + id);
        }
        return person;
    }


    /** The person with the memberships in scope only: their other organisations are not the client's business. */
    private PersonView view(Person p) {
        return new PersonView(p.getId(), p.getFullName(), p.getEmail(), p.getExternalId(), p.getPreferredLanguage().name().toLowerCase(Locale.ROOT),
                p.getMemberships().stream().filter(m -> Scope.of(request).contains(m.getOrganisation().getId())).map(MembershipView::of).toList(),
                p.getUpdatedAt());
    }

}
