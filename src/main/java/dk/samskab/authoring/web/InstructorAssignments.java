package dk.samskab.authoring.web;

import dk.samskab.account.AccountService;
import dk.samskab.account.Role;
import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.AuthoringService;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Who teaches which course, and assigning an instructor: on /admin for every course, on
 * /manager for the courses awarded by the manager's education provider.
 */
@Named
@RequestScoped
public class InstructorAssignments {

    @Inject
    AuthoringService authoring;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    private String course;
    private String instructor;

    private boolean managerPage() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/manager/");
    }

    public List<AuthoringService.Assignment> getAssignments() {
        return managerPage() ? authoring.assignmentsOfProviderManager(caller)
                : authoring.assignments();
    }

    public String assign() {
        String email = instructor == null ? "" : instructor.strip().toLowerCase();
        if (!accounts.hasRole(email, Role.INSTRUCTOR)) {
            Messages.errorAt("assignForm:instructor", "assign.notInstructor");
            return null;
        }
        try {
            if (managerPage()) {
                authoring.assignAsProviderManager(caller, course, email);
                return "/manager/instructors?faces-redirect=true&assigned=true";
            }
            authoring.assign(course, email);
            return "/admin/instructors?faces-redirect=true&assigned=true";
        } catch (AuthoringException refused) {
            Messages.errorAt("assignForm:instructor", "authoring.refused." + refused.reason());
            return null;
        }
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getInstructor() {
        return instructor;
    }

    public void setInstructor(String instructor) {
        this.instructor = instructor;
    }
}
