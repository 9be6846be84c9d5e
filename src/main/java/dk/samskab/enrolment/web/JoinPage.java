package dk.samskab.enrolment.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.InvitationService;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** The page an invitation link opens: register and join, or join with the account one has. */
@Named
@RequestScoped
public class JoinPage {

    @Inject
    InvitationService invitations;

    @Inject
    CurrentUser currentUser;

    @Inject
    dk.samskab.platform.web.LanguageSwitch language;

    private InvitationService.Invitation invitation;
    private boolean looked;
    private String fullName;
    private String email;
    private String password;
    private String organisation;
    private String sentTo;

    public InvitationService.Invitation getInvitation() {
        if (!looked) {
            looked = true;
            String token = Faces.getRequestParameter("invite");
            invitation = invitations.find(token).orElse(null);
        }
        return invitation;
    }

    /** Registers and mails the confirmation link; the page then asks the person to open it. */
    public String register() {
        if (getInvitation() == null) {
            return null;
        }
        try {
            invitations.register(invitation.token(), fullName, email, password, organisation, language.current());
            sentTo = email.strip();
            return null;
        } catch (InvitationService.InvitationException refused) {
            return refuse(FIELDS.get(refused.reason()), "invitation.refused." + refused.reason());
        } catch (dk.samskab.account.PasswordPolicy.Refused weak) {
            return refuse("joinForm:password", weak.messageKey());
        } catch (EnrolmentException refused) {
            return refuse(null, "enrolment.refused." + refused.reason());
        }
    }

    public String join() {
        if (getInvitation() == null || !currentUser.hasRole("LEARNER")) {
            return null;
        }
        try {
            return destination(invitations.join(currentUser.getEmail(), invitation.token(), organisation));
        } catch (EnrolmentException refused) {
            return refuse(null, "enrolment.refused." + refused.reason());
        }
    }

    private static String destination(Enrolment enrolment) {
        return enrolment.getStatus() == EnrolmentStatus.WAITLISTED
                ? "/learner/index?faces-redirect=true&waitlisted=true"
                : "/learner/course?faces-redirect=true&e=" + enrolment.getId();
    }

    /** Shows the message next to the field it is about (or above the form). */
    private static String refuse(String field, String key) {
        Messages.errorAt(field, key);
        return null;
    }

    private static final java.util.Map<InvitationService.InvitationException.Reason, String> FIELDS = java.util.Map.of(
            InvitationService.InvitationException.Reason.NAME_REQUIRED, "joinForm:name",
            InvitationService.InvitationException.Reason.BAD_EMAIL, "joinForm:email",
            InvitationService.InvitationException.Reason.EMAIL_TAKEN, "joinForm:email",
            InvitationService.InvitationException.Reason.ORGANISATION_REQUIRED, "joinForm:organisation");

    public String getSentTo() {
        return sentTo;
    }

    public int getMinPasswordLength() {
        return InvitationService.MIN_PASSWORD_LENGTH;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
