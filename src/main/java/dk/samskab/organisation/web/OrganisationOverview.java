package dk.samskab.organisation.web;

import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.OrganisationType;
import dk.samskab.organisation.Partnership;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The administrator's view of all organisations and partnerships. */
@Named
@ViewScoped
public class OrganisationOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationDirectory directory;

    private Map<OrganisationType, Long> counts;
    private List<Partnership> partnerships;
    private OrganisationType selectedType = OrganisationType.MUNICIPALITY;
    private List<Organisation> organisations;

    @PostConstruct
    void load() {
        counts = directory.countByType();
        partnerships = directory.partnerships();
        partnerships.forEach(p -> p.getCivilSocietyPartners().size());
        organisations = directory.listByType(selectedType);
    }

    public void showType() {
        organisations = directory.listByType(selectedType);
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public Map<OrganisationType, Long> getCounts() {
        return counts;
    }

    public List<Partnership> getPartnerships() {
        return partnerships;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public OrganisationType getSelectedType() {
        return selectedType;
    }

    public void setSelectedType(OrganisationType selectedType) {
        this.selectedType = selectedType;
    }
}
