package dk.samskab.organisation;

import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A standing collaboration between one municipality and one or more civil-society organisations. */
@Entity
@Table(name = "partnership")
@NamedQuery(name = Partnership.BY_CODE, query = "SELECT p FROM Partnership p WHERE p.code = :code")
@NamedQuery(name = Partnership.ALL, query = "SELECT p FROM Partnership p ORDER BY p.name")
public class Partnership extends BaseEntity {

    static final String BY_CODE = "Partnership.byCode";
    static final String ALL = "Partnership.all";

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "municipality_id")
    private Organisation municipality;

    @ManyToMany
    @JoinTable(name = "partnership_member",
            joinColumns = @JoinColumn(name = "partnership_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderBy("name")
    private List<Organisation> civilSocietyPartners = new ArrayList<>();

    protected Partnership() {
    }

    public Partnership(String code, String name, Organisation municipality) {
        if (municipality.getType() != OrganisationType.MUNICIPALITY) {
            throw new IllegalArgumentException("A partnership is led from a municipality, not " + municipality.getName());
        }
        this.code = code;
        this.name = name;
        this.municipality = municipality;
    }

    public void addPartner(Organisation partner) {
        if (!partner.getType().isCivilSociety()) {
            throw new IllegalArgumentException(partner.getName() + " is not a civil-society organisation");
        }
        if (!civilSocietyPartners.contains(partner)) {
            civilSocietyPartners.add(partner);
        }
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public List<Organisation> getCivilSocietyPartners() {
        return Collections.unmodifiableList(civilSocietyPartners);
    }
}
