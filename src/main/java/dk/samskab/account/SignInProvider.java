package dk.samskab.account;

import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An organisation's OpenID Connect provider as an admin set it up; its client secret is the operator's to configure. */
@Entity
@Table(name = "sign_in_provider")
public class SignInProvider extends BaseEntity {

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "role_claim", length = 100)
    private String roleClaim;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_role", nullable = false, length = 40)
    private MembershipRole defaultRole;

    @Column(name = "acr_levels", length = 500)
    private String acrLevels;

    @Column(nullable = false)
    private boolean enabled = true;

    protected SignInProvider() {
    }

    SignInProvider(String code) {
        this.code = code;
    }

    void describe(String name, String issuer, String clientId, Organisation organisation, String roleClaim, MembershipRole defaultRole,
            String acrLevels) {
        this.name = name;
        this.issuer = issuer;
        this.clientId = clientId;
        this.organisation = organisation;
        this.roleClaim = roleClaim;
        this.defaultRole = defaultRole;
        this.acrLevels = acrLevels;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getRoleClaim() {
        return roleClaim;
    }

    public MembershipRole getDefaultRole() {
        return defaultRole;
    }

    public String getAcrLevels() {
        return acrLevels;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
