package dk.samskab.enrolment.web;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.InvitationService;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/**
 * The mailed link that confirms a registration's e-mail address. Its token arrives in the body of
 * a POST (see link-token.js); once confirmed, the person signs in and lands on their course.
 */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    InvitationService invitations;

    private boolean refused;

    public String getToken() {
        return Faces.getRequestParameter("token");
    }

    public boolean isLinkOpened() {
        return getToken() != null;
    }

    public boolean isRefused() {
        return refused;
    }

    /** Confirms the registration the posted token belongs to. */
    public String confirm() {
        if (!isLinkOpened()) {
            return null;
        }
        try {
            Enrolment enrolment = invitations.confirm(getToken());
            String next = enrolment.getStatus() == EnrolmentStatus.WAITLISTED ? "/learner/index.xhtml?waitlisted=true"
                    : "/learner/course.xhtml?e=" + enrolment.getId();
            return "/login?faces-redirect=true&confirmed=true&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        } catch (InvitationService.InvitationException | EnrolmentException failed) {
            refused = true;
            String reason = failed instanceof InvitationService.InvitationException i ? "invitation.refused." + i.reason()
                    : "enrolment.refused." + ((EnrolmentException) failed).reason();
            Messages.error(reason);
            return null;
        }
    }
}
