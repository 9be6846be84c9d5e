package dk.samskab.learning.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.LearningService;
import dk.samskab.learning.Submission;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Handing in the final assignment from the course overview, and showing its assessment. */
@Named
@RequestScoped
public class FinalAssignmentForm {

    @Inject
    CoursePlayer player;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    private String text;
    private Submission submission;
    private boolean looked;

    public Submission getSubmission() {
        if (!looked && player.getCourse() != null) {
            looked = true;
            submission = learning.submission(currentUser.getEmail(), player.getEnrolmentId()).orElse(null);
        }
        return submission;
    }

    public String submit() {
        if (player.getCourse() == null) {
            return null;
        }
        try {
            learning.submitFinal(currentUser.getEmail(), player.getEnrolmentId(), text);
            return "/learner/course?faces-redirect=true&submitted=true&e=" + player.getEnrolmentId();
        } catch (LearningException refused) {
            FacesContext.getCurrentInstance().addMessage("finalForm:text", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("learning.refused." + refused.reason()), null));
            return null;
        }
    }

    public int getMaxLength() {
        return Submission.MAX_LENGTH;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
