package dk.samskab.enrolment.web;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.platform.Caller;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.web.RenderedRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Enrolment requests for cohorts that need approval: approve, or reject with a reason. */
@Named
@RequestScoped
public class ApprovalQueue {

    @Inject
    EnrolmentService enrolments;

    @Inject
    Caller caller;

    private final Map<Long, String> reasons = new HashMap<>();
    private List<Enrolment> pending;

    /** The caller's part: the instructor pages decide for courses, the manager pages for organisations. */
    private Caller approver() {
        boolean managerPage = FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/manager/");
        return caller.actingAs(managerPage ? Caller.TRAINING_MANAGER : Caller.INSTRUCTOR);
    }

    public List<Enrolment> getPending() {
        if (pending == null) {
            pending = enrolments.pendingRequests(approver());
        }
        return pending;
    }

    public String approve(long enrolmentId) {
        return decide(enrolmentId, () -> enrolments.approve(approver(), enrolmentId));
    }

    public String reject(long enrolmentId) {
        return decide(enrolmentId, () -> enrolments.reject(approver(), enrolmentId, reasons.get(enrolmentId)));
    }

    private String decide(long enrolmentId, Runnable decision) {
        if (!RenderedRow.is("enrolment", enrolmentId)) {
            RenderedRow.listChanged();
            return null;
        }
        try {
            decision.run();
            String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
            return viewId.replace(".xhtml", "") + "?faces-redirect=true&decided=true";
        } catch (EnrolmentException refused) {
            Messages.error("enrolment.refused." + refused.reason());
            return null;
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
