package dk.samskab.access.web;

import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.Partnership;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.web.RenderedRow;
import dk.samskab.access.ManagerScopes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** For admins (the page lies under /admin): give training managers organisations and partnerships. */
@Named
@RequestScoped
public class ScopeAdmin {

    @Inject
    ManagerScopes scopes;

    @Inject
    OrganisationDirectory organisations;

    private String manager;
    private String organisation;
    private String partnership;

    public List<ManagerScopes.Line> getLines() {
        return scopes.all();
    }

    public List<Organisation> getOrganisations() {
        return organisations.listAllByType();
    }

    public List<Partnership> getPartnerships() {
        return organisations.partnerships();
    }

    public String add() {
        try {
            scopes.add(manager, organisation, partnership);
            return "/admin/scopes?faces-redirect=true&saved=true";
        } catch (ManagerScopes.ScopeException refused) {
            Messages.error("scope.refused." + refused.refusal());
            return null;
        }
    }

    public String remove(long id) {
        if (!RenderedRow.is("scope", id)) {
            RenderedRow.listChanged();
            return null;
        }
        scopes.remove(id);
        return "/admin/scopes?faces-redirect=true&saved=true";
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPartnership() {
        return partnership;
    }

    public void setPartnership(String partnership) {
        this.partnership = partnership;
    }
}
