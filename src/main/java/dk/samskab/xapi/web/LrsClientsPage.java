package dk.samskab.xapi.web;

import dk.samskab.platform.web.Messages;
import dk.samskab.xapi.ForwardingOutbox;
import dk.samskab.xapi.LrsClient;
import dk.samskab.xapi.LrsClients;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The admins' page of LRS clients: the programs (an e-learning tool, an organisation's own LRS)
 * that send statements to /xapi with Basic credentials. A new client's secret is shown in the
 * answer to the create action only; a client can be disabled, from its next request on.
 */
@Named
@RequestScoped
public class LrsClientsPage {

    /** The longest name a client can have. */
    public static final int NAME_LENGTH = 120;

    @Inject
    LrsClients clients;

    @Inject
    ForwardingOutbox outbox;

    private ForwardingOutbox.Status forwarding;

    private String name;
    private LrsClients.Created created;
    private List<LrsClient> listed;

    public List<LrsClient> getClients() {
        if (listed == null) {
            listed = clients.list();
        }
        return listed;
    }

    public void create() {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > NAME_LENGTH) {
            Messages.errorAt("lrsClientForm:name", "lrsClients.nameNeeded", NAME_LENGTH);
            return;
        }
        created = clients.create(clean);
        name = null;
        listed = null;
    }

    /** Disables the client named in the address (?disable=its key), not by its row, which may have moved. */
    public String disable() {
        String key = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("disable");
        if (key == null || !clients.disable(key)) {
            Messages.error("lrsClients.notFound");
            return null;
        }
        return "/admin/lrs-clients?faces-redirect=true&disabled=true";
    }

    /** How the forwarding of Samskab's own statements to an external LRS stands. */
    public ForwardingOutbox.Status getForwarding() {
        if (forwarding == null) {
            forwarding = outbox.status();
        }
        return forwarding;
    }

    /** Where clients send their statements, at the site's public address. */
    public String getEndpoint() {
        return clients.endpoint();
    }

    /** The newly created client with its secret, in this response only; null otherwise. */
    public LrsClients.Created getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
