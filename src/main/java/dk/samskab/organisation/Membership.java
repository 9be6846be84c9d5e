package dk.samskab.organisation;

import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person's role in one organisation. */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.BY_ORGANISATION,
        query = "SELECT m FROM Membership m JOIN FETCH m.person WHERE m.organisation.code = :code ORDER BY m.person.fullName")
@NamedQuery(name = Membership.IN_ORGANISATIONS_OF,
        query = "SELECT m FROM Membership m JOIN FETCH m.person JOIN FETCH m.organisation"
                + " WHERE m.organisation IN (SELECT own.organisation FROM Membership own WHERE own.person.email = :email)"
                + " ORDER BY m.organisation.name, m.person.fullName")
public class Membership extends BaseEntity {

    static final String BY_ORGANISATION = "Membership.byOrganisation";
    static final String IN_ORGANISATIONS_OF = "Membership.inOrganisationsOf";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MembershipRole role;

    protected Membership() {
    }

    Membership(Person person, Organisation organisation, MembershipRole role) {
        this.person = person;
        this.organisation = organisation;
        this.role = role;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public MembershipRole getRole() {
        return role;
    }
}
