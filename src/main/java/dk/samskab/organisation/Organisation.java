package dk.samskab.organisation;

import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/** A municipality, volunteer organisation, volunteer centre or education provider. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_CODE, query = "SELECT o FROM Organisation o WHERE o.code = :code")
@NamedQuery(name = Organisation.BY_TYPE,
        query = "SELECT o FROM Organisation o WHERE o.type = :type ORDER BY o.name")
@NamedQuery(name = Organisation.COUNT_BY_TYPE,
        query = "SELECT o.type, COUNT(o) FROM Organisation o GROUP BY o.type")
public class Organisation extends BaseEntity {

    static final String BY_CODE = "Organisation.byCode";
    static final String BY_TYPE = "Organisation.byType";
    static final String COUNT_BY_TYPE = "Organisation.countByType";

    /** Hours of learner work per ECTS credit when a provider has not set its own (Danish norm). */
    public static final BigDecimal DEFAULT_HOURS_PER_ECTS = new BigDecimal("27.5");

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", length = 20)
    private SizeBand sizeBand;

    @Column(name = "hours_per_ects", precision = 4, scale = 1)
    private BigDecimal hoursPerEcts;

    protected Organisation() {
    }

    private Organisation(String code, String name, OrganisationType type, Region region, SizeBand sizeBand) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.region = region;
        this.sizeBand = sizeBand;
    }

    public static Organisation municipality(String code, String name, Region region, SizeBand sizeBand) {
        return new Organisation(code, name, OrganisationType.MUNICIPALITY,
                Objects.requireNonNull(region, "A municipality needs a region"),
                Objects.requireNonNull(sizeBand, "A municipality needs a size band"));
    }

    /** Any organisation that is not a municipality; region is optional (national organisations have none). */
    public static Organisation of(String code, String name, OrganisationType type, Region region) {
        if (type == OrganisationType.MUNICIPALITY) {
            throw new IllegalArgumentException("Use municipality(...) for municipalities");
        }
        return new Organisation(code, name, type, region, null);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Organisation " + field + " is required");
        }
        return value.strip();
    }

    /** Hours per ECTS credit used to check course workload; only meaningful for education providers. */
    public BigDecimal effectiveHoursPerEcts() {
        return hoursPerEcts != null ? hoursPerEcts : DEFAULT_HOURS_PER_ECTS;
    }

    public void setHoursPerEcts(BigDecimal hoursPerEcts) {
        if (type != OrganisationType.EDUCATION_PROVIDER) {
            throw new IllegalStateException("Only education providers award ECTS credits");
        }
        this.hoursPerEcts = hoursPerEcts;
    }

    /** New name, region and size band (a municipality keeps needing both). */
    public void change(String name, Region region, SizeBand sizeBand) {
        if (type == OrganisationType.MUNICIPALITY && (region == null || sizeBand == null)) {
            throw new IllegalArgumentException("A municipality needs a region and a size band");
        }
        this.name = requireText(name, "name");
        this.region = region;
        this.sizeBand = type == OrganisationType.MUNICIPALITY ? sizeBand : null;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }
}
