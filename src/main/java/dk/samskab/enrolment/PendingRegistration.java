package dk.samskab.enrolment;

import dk.samskab.platform.Language;
import dk.samskab.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registration through an invitation link, waiting for its e-mail address to be confirmed. */
@Entity
@Table(name = "pending_registration")
class PendingRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected PendingRegistration() {
    }

    PendingRegistration(String tokenHash, Cohort cohort, String fullName, String email, String passwordHash,
            Organisation organisation, Language language, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.cohort = cohort;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.language = language;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return confirmedAt == null && now.isBefore(expiresAt);
    }

    void confirm(Instant now) {
        confirmedAt = now;
    }

    Cohort getCohort() {
        return cohort;
    }

    String getFullName() {
        return fullName;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Organisation getOrganisation() {
        return organisation;
    }

    Language getLanguage() {
        return language;
    }
}
