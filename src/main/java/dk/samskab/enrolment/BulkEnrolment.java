package dk.samskab.enrolment;

import dk.samskab.platform.Dates;
import dk.samskab.platform.Language;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * A training manager enrols a list of people into a cohort shared with their organisations:
 * every line is checked first, and on any problem nothing is written; otherwise people are
 * created or updated (merged by e-mail), get their memberships, and take a seat or a waitlist
 * place, all in one transaction. Each is then told by e-mail. An existing person is enrolled
 * only if they already belong to an organisation in the manager's scope. The manager's reach
 * (their scope and its partners) is given by the caller, from reporting, which owns the scopes.
 */
@ApplicationScoped
@Transactional
public class BulkEnrolment {

    /** What an import did. */
    public record Outcome(int people, int created, int enrolled, int waitlisted, int alreadyEnrolled) {
    }

    /** The lines' problems, when the file was refused. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<BulkCsv.Problem> problems;

        Refused(List<BulkCsv.Problem> problems) {
            super(problems.size() + " problems");
            this.problems = problems;
        }

        public List<BulkCsv.Problem> problems() {
            return problems;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<BulkNotice> notices;

    /** Cohorts the manager may fill: open cohorts shared with an organisation in their scope. */
    public List<Cohort> cohorts(ManagerReach reach) {
        Set<String> scope = reach.scope();
        return em.createNamedQuery(Cohort.ALL_OPEN, Cohort.class).setParameter("today", Dates.today()).getResultList()
                .stream().filter(c -> c.getOrganisations().stream().anyMatch(o -> scope.contains(o.getCode()))).toList();
    }

    public Outcome importCsv(ManagerReach reach, long cohortId, byte[] csv) {
        return importCsv(reach, cohortId, csv, line -> { });
    }

    /** As importCsv, telling the consumer how many people have been written so far. */
    public Outcome importCsv(ManagerReach reach, long cohortId, byte[] csv, IntConsumer progress) {
        Cohort cohort = cohorts(reach).stream().filter(c -> c.getId() == cohortId).findFirst()
                .orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.UNKNOWN_COHORT));
        Set<String> known = new HashSet<>(em.createQuery("SELECT o.code FROM Organisation o", String.class).getResultList());
        // People of the manager's organisations, and of their partners for a cohort shared with those partners.
        Set<String> scope = reach.scope();
        Set<String> allowed = new HashSet<>(scope);
        Set<String> partners = reach.partners();
        cohort.getOrganisations().stream().map(Organisation::getCode).filter(partners::contains).forEach(allowed::add);
        BulkCsv.Result read = BulkCsv.read(csv, allowed, known, emails -> outsiders(emails, scope));
        if (!read.ok()) {
            throw new Refused(read.problems());
        }
        Map<String, Organisation> organisations = em.createQuery("SELECT o FROM Organisation o", Organisation.class)
                .getResultStream().collect(Collectors.toMap(Organisation::getCode, Function.identity()));
        Map<String, Person> existing = existing(read.people().stream().map(BulkCsv.Person::email).toList());
        em.find(Cohort.class, cohort.getId(), LockModeType.PESSIMISTIC_WRITE);
        int created = 0;
        List<Person> people = new ArrayList<>(read.people().size());
        for (BulkCsv.Person line : read.people()) {
            Person person = existing.get(line.email());
            if (person == null) {
                person = new Person(line.name(), line.email(), Language.DA);
                em.persist(person);
                created++;
            }
            for (Map.Entry<String, dk.samskab.organisation.MembershipRole> m : line.memberships().entrySet()) {
                person.joinAs(organisations.get(m.getKey()), m.getValue());
            }
            people.add(person);
        }
        List<Optional<Enrolment>> placed = new Enrolments(em).placeAllByManager(people, cohort, progress);
        int enrolled = 0;
        int waitlisted = 0;
        int already = 0;
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            if (placed.get(i).isEmpty()) {
                already++;
                continue;
            }
            if (placed.get(i).get().getStatus() == EnrolmentStatus.ENROLLED) {
                enrolled++;
            } else {
                waitlisted++;
            }
            notices.fire(new BulkNotice(person.getEmail(), person.getFullName(), person.getPreferredLanguage(),
                    cohort.getName(), cohort.getInviteToken(), existing.containsKey(person.getEmail())));
        }
        return new Outcome(read.people().size(), created, enrolled, waitlisted, already);
    }

    /**
     * The e-mails of existing people with no membership in an organisation in the manager's
     * scope. A manager may not attach such a person: a new membership would bring them, and
     * their progress, into the manager's reports without their knowing. They can join through
     * the cohort's invitation link themselves.
     */
    private Set<String> outsiders(Collection<String> emails, Set<String> scope) {
        Set<String> outside = new HashSet<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            outside.addAll(em.createQuery("SELECT p.email FROM Person p WHERE p.email IN :emails AND NOT EXISTS"
                    + " (SELECT m FROM Membership m WHERE m.person = p AND m.organisation.code IN :scope)", String.class)
                    .setParameter("emails", chunk).setParameter("scope", scope.isEmpty() ? List.of("") : scope).getResultList());
        }
        return outside;
    }

    private Map<String, Person> existing(List<String> emails) {
        Map<String, Person> found = new HashMap<>();
        for (int from = 0; from < emails.size(); from += 1000) {
            List<String> chunk = emails.subList(from, Math.min(emails.size(), from + 1000));
            em.createQuery("SELECT p FROM Person p WHERE p.email IN :emails", Person.class).setParameter("emails", chunk)
                    .getResultStream().forEach(p -> found.put(p.getEmail(), p));
        }
        return found;
    }
}
