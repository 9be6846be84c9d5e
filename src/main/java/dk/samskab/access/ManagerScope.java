package dk.samskab.access;

import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One organisation or one partnership a training manager is responsible for. */
@Entity
@Table(name = "manager_scope")
public class ManagerScope {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person manager;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected ManagerScope() {
    }

    public static ManagerScope ofOrganisation(Person manager, Organisation organisation) {
        ManagerScope scope = new ManagerScope();
        scope.manager = manager;
        scope.organisation = organisation;
        return scope;
    }

    public static ManagerScope ofPartnership(Person manager, Partnership partnership) {
        ManagerScope scope = new ManagerScope();
        scope.manager = manager;
        scope.partnership = partnership;
        return scope;
    }

    public Long getId() {
        return id;
    }

    public Person getManager() {
        return manager;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Partnership getPartnership() {
        return partnership;
    }
}
