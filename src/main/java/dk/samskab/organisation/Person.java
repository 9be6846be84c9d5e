package dk.samskab.organisation;

import dk.samskab.platform.Language;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A learner, instructor, manager or administrator: one person, possibly in several organisations. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_EMAIL, query = "SELECT p FROM Person p WHERE p.email = :email")
public class Person extends BaseEntity {

    static final String BY_EMAIL = "Person.byEmail";

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    /** The person's id in the system that created them through the API (an HR or student system). */
    @Column(name = "external_id", unique = true, length = 100)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage = Language.DA;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Membership> memberships = new ArrayList<>();

    protected Person() {
    }

    public Person(String fullName, String email, Language preferredLanguage) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("A person needs a name");
        }
        this.fullName = fullName.strip();
        this.email = normaliseEmail(email);
        this.preferredLanguage = preferredLanguage == null ? Language.DA : preferredLanguage;
    }

    /** E-mail addresses are compared without regard to case or surrounding space. */
    public static String normaliseEmail(String email) {
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("Not a valid e-mail address: " + email);
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds a membership unless the person already has that role in that organisation. */
    public Membership joinAs(Organisation organisation, MembershipRole role) {
        for (Membership existing : memberships) {
            if (existing.getOrganisation().equals(organisation) && existing.getRole() == role) {
                return existing;
            }
        }
        Membership membership = new Membership(this, organisation, role);
        memberships.add(membership);
        // A sync that reads people changed since its last run must see the new membership.
        touch();
        return membership;
    }

    /** Ends one membership; the person and their other memberships stay. */
    public void leave(Membership membership) {
        if (memberships.remove(membership)) {
            touch();
        }
    }

    /** A new e-mail address, as the person's organisation's provider now knows them; it is also their login. */
    public void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    /** A new name, as the person's own organisation's system knows it. */
    public void rename(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("A person needs a name");
        }
        this.fullName = fullName.strip();
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public List<Membership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }
}
