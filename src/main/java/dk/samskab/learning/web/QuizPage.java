package dk.samskab.learning.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.LearningService;
import dk.samskab.learning.QuizGrader;
import dk.samskab.learning.Step;
import dk.samskab.platform.Conflicts;
import dk.samskab.platform.Dates;
import dk.samskab.platform.Text;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * A module quiz taken by the learner: attempts within the allowed number, each one recorded,
 * then the score and the feedback for each answer.
 */
@Named
@RequestScoped
public class QuizPage extends QuizAnswers {

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    private Long enrolmentId;
    private String moduleSlug;
    private ModuleDefinition module;
    private CourseProgress.ModuleProgress moduleProgress;
    private dk.samskab.enrolment.Enrolment enrolment;
    private CourseProgress progress;

    public void load() throws IOException {
        if (ensureLoaded()) {
            return;
        }
        Faces.responseSendError(404, "Not found");
    }

    /**
     * Loads the quiz from the address (the form posts back to the same address), so the questions
     * are known in every phase of a postback; false if the caller has no such quiz.
     */
    private boolean ensureLoaded() {
        if (module != null) {
            return true;
        }
        Map<String, String> params = Faces.getRequestParameterMap();
        if (enrolmentId == null && params.get("e") != null && params.get("e").matches("\\d{1,18}")) {
            enrolmentId = Long.valueOf(params.get("e"));
        }
        if (moduleSlug == null) {
            moduleSlug = params.get("m");
        }
        try {
            enrolment = enrolments.own(currentUser.getEmail(), enrolmentId == null ? -1 : enrolmentId);
            module = Learning.course(enrolment).modules().stream().filter(m -> m.slug().equals(moduleSlug))
                    .findFirst().orElse(null);
            if (module != null) {
                readProgress();
                return true;
            }
        } catch (EnrolmentException e) {
            // not the caller's enrolment: not found
        }
        return false;
    }

    public void submit() throws IOException {
        if (!ensureLoaded()) {
            // A form posted to the address of someone else's quiz: as if it did not exist.
            load();
            return;
        }
        try {
            // The attempt token makes a second try harmless: it finds the first one's attempt if that was recorded.
            Map<String, List<String>> answers = answers();
            String token = postedToken();
            result = Conflicts.retry(() -> learning.submitQuiz(currentUser.getEmail(), enrolmentId, moduleSlug, answers, token));
            readProgress();
        } catch (LearningException refused) {
            Messages.error("learning.refused." + refused.reason());
        }
    }

    private void readProgress() {
        progress = learning.progress(currentUser.getEmail(), enrolmentId);
        moduleProgress = progress.module(moduleSlug);
    }

    /** Whether the quiz is open: self-paced at once, in a cohort from its start date. */
    public boolean isOpen() {
        getModule();
        return enrolment == null || enrolment.getCohort() == null || enrolment.getCohort().hasStarted(Dates.today());
    }

    public java.time.LocalDate getStartsOn() {
        return enrolment == null || enrolment.getCohort() == null ? null : enrolment.getCohort().getStartsOn();
    }

    /** Where "go on" leads once the quiz is passed: the module's reflection task, the next module, and so on. */
    public String getOnwardAddress() {
        Step next = progress.path().quiz(moduleSlug).flatMap(progress.path()::after).orElse(null);
        return StepAddress.of(enrolmentId, next);
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

    private String postedToken() {
        String token = Faces.getRequestParameter("attemptToken");
        return token != null && TOKEN.matcher(token).matches() ? token : null;
    }

    /** The token the form sends with its answers: the same while the form is shown again unanswered, new after an attempt. */
    public String getAttemptToken() {
        String posted = postedToken();
        return posted != null && result == null ? posted : java.util.UUID.randomUUID().toString();
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public void setModuleSlug(String moduleSlug) {
        this.moduleSlug = moduleSlug;
    }

    @Override
    public ModuleDefinition getModule() {
        ensureLoaded();
        return module;
    }

    public CourseProgress.ModuleProgress getModuleProgress() {
        return moduleProgress;
    }
}
