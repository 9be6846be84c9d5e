package dk.samskab.audit.web;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditEvent;
import dk.samskab.audit.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/** The audit log for admins: the newest entries, narrowed by person and action; read only. */
@Named
@RequestScoped
public class AuditPage {

    static final int SHOWN = 200;

    @Inject
    AuditLog audit;

    private List<AuditEvent> events;

    private Map<String, String> params() {
        return Faces.getRequestParameterMap();
    }

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = audit.newest(getPerson(), action(), SHOWN);
        }
        return events;
    }

    private AuditAction action() {
        String name = params().get("action");
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    public String getPerson() {
        String person = params().get("person");
        return person == null || person.length() > 254 ? "" : person.strip();
    }

    public String getAction() {
        AuditAction action = action();
        return action == null ? "" : action.name();
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }
}
