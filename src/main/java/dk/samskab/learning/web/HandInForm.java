package dk.samskab.learning.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.platform.AssuranceLevel;
import dk.samskab.platform.Dates;
import dk.samskab.platform.Text;
import dk.samskab.learning.HandInFile;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.LearningService;
import dk.samskab.learning.Step;
import dk.samskab.learning.Submission;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * A hand-in page for one task of the learner's course, the final assignment or a module's
 * reflection task: the prompt and rubric, the hand-in form with text and file, and the
 * assessment once given. The course page asks it for each task's status.
 */
@Named
@RequestScoped
public class HandInForm {

    /** What the learner is asked to do, what it is assessed by and what each grade means. */
    public record Task(String name, boolean finalAssignment, Text title, Text prompt, List<CourseDefinition.Criterion> rubric,
            List<CourseDefinition.GradeDescriptor> gradeDescriptors) {
    }

    @Inject
    CoursePlayer player;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    private String text;
    private Part file;
    /** The version of the hand-in the form was shown with, posted back with it; null if none was shown. */
    private Long seenVersion;
    private Map<String, Submission> submissions;

    /** The task named by the "t" parameter, if the course has it. */
    public Task getTask() {
        CourseDefinition course = player.getCourse();
        String name = Faces.getRequestParameter("t");
        if (course == null || name == null) {
            return null;
        }
        if (Submission.FINAL.equals(name)) {
            CourseDefinition.FinalAssignment a = course.assessment().finalAssignment();
            return a == null ? null : new Task(name, true, a.title(), a.prompt(), a.rubric(), a.gradeDescriptors());
        }
        return course.modules().stream().filter(m -> m.slug().equals(name) && m.reflection() != null).findFirst()
                .map(m -> new Task(name, false, m.title(), m.reflection().prompt(), m.reflection().rubric().stream()
                        .map(r -> new CourseDefinition.Criterion(r, List.of())).toList(), List.of()))
                .orElse(null);
    }

    /** Unknown tasks are answered 404, like someone else's enrolment. */
    public void check() throws IOException {
        if (player.getCourse() != null && getTask() == null) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public Submission submissionFor(String task) {
        if (submissions == null) {
            submissions = player.getCourse() == null ? Map.of()
                    : learning.submissions(currentUser.getEmail(), player.getEnrolmentId()).stream()
                            .collect(Collectors.toMap(Submission::getTask, Function.identity()));
        }
        return submissions.get(task);
    }

    public Submission getSubmission() {
        Task task = getTask();
        return task == null ? null : submissionFor(task.name());
    }

    /**
     * Whether the learner may hand in now: within the cohort's dates, and the final assignment
     * only once every other required step is done.
     */
    public boolean isOpen() {
        Task task = getTask();
        if (task == null) {
            return false;
        }
        Enrolment enrolment = player.getEnrolment();
        return Learning.takesHandIn(enrolment.getStatus(), enrolment.getCohort(), task.finalAssignment(),
                player.getProgress().path().readyForFinalAssignment(), getSubmission(), Dates.today());
    }

    /** The level of assurance this final assignment needs that the learner's sign-in lacks, or null if none is missing. */
    public AssuranceLevel getMissingAssurance() {
        Task task = getTask();
        if (task == null || !task.finalAssignment()) {
            return null;
        }
        AssuranceLevel required = learning.finalHandInAssurance(player.getEnrolment());
        return currentUser.getAssurance().atLeast(required) ? null : required;
    }

    /** This task as a step of the course's path. */
    public Step getStep() {
        Task task = getTask();
        return task == null ? null : player.getProgress().path().task(task.name()).orElse(null);
    }

    /** A reflection task is passed on from once handed in, or at once where it is optional. */
    public boolean isGoOnOffered() {
        Step step = getStep();
        return step != null && step.kind() == Step.Kind.REFLECTION && (step.isDone() || !step.required());
    }

    /** Where "go on" leads from this task: the next module's first lesson, and so on. */
    public String getOnwardAddress() {
        var path = player.getProgress().path();
        return player.address(path.after(getStep()).orElse(null));
    }

    public String submit() {
        Task task = getTask();
        if (task == null) {
            return null;
        }
        try {
            learning.submit(currentUser.getEmail(), player.getEnrolmentId(), task.name(), text, upload().orElse(null),
                    seenVersion, currentUser.getAssurance());
            return "/learner/task?faces-redirect=true&submitted=true&e=" + player.getEnrolmentId() + "&t=" + task.name();
        } catch (LearningException refused) {
            String field = switch (refused.reason()) {
                case FILE_EMPTY, FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED -> "handInForm:file";
                case NOT_STARTED, HAND_IN_DEADLINE_PASSED, NOT_READY_FOR_ASSESSMENT, ALREADY_ASSESSED, NOT_ENROLLED, ASSURANCE_TOO_LOW -> null;
                default -> "handInForm:text";
            };
            Messages.errorAt(field, "learning.refused." + refused.reason());
            return null;
        }
    }

    /** The uploaded file, checked for size before it is read into memory. */
    private Optional<HandInFile> upload() {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isEmpty())) {
            return Optional.empty();
        }
        if (file.getSize() > HandInFile.MAX_BYTES) {
            throw new LearningException(LearningException.Reason.FILE_TOO_LARGE);
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(HandInFile.of(file.getSubmittedFileName(), in.readAllBytes()));
        } catch (IOException e) {
            throw new LearningException(LearningException.Reason.FILE_EMPTY);
        }
    }

    public String getAccept() {
        return ".pdf,.docx,.odt,.txt,.png,.jpg,.jpeg";
    }

    public int getMaxMegabytes() {
        return HandInFile.MAX_BYTES / (1024 * 1024);
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

    /** The hand-in's version as this page shows it, until the form posts back the one it was shown with. */
    public Long getSeenVersion() {
        if (seenVersion == null) {
            Submission shown = getSubmission();
            return shown == null ? null : shown.getVersion();
        }
        return seenVersion;
    }

    public void setSeenVersion(Long seenVersion) {
        this.seenVersion = seenVersion;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
