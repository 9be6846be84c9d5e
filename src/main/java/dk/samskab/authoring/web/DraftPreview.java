package dk.samskab.authoring.web;

import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.AuthoringService;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.MarkdownRenderer;
import dk.samskab.learning.QuizGrader;
import dk.samskab.learning.web.QuizAnswers;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The draft as a learner will see it: the course overview, each lesson rendered by the
 * learners' renderer and sanitiser, and each quiz to take and be graded on, without anything
 * being recorded.
 */
@Named
@RequestScoped
public class DraftPreview extends QuizAnswers {

    @Inject
    AuthoringService authoring;

    @Inject
    Caller caller;

    private CourseDefinition course;
    private boolean loaded;

    private Map<String, String> params() {
        return Faces.getRequestParameterMap();
    }

    public void load() throws IOException {
        if (getCourse() == null || params().get("l") != null && getLesson() == null
                || params().get("quiz") != null && getModule() == null) {
            Faces.responseSendError(404, "Not found");
        }
    }

    /** The draft, read from the address so that postbacks of the quiz find it too. */
    public CourseDefinition getCourse() {
        if (!loaded) {
            loaded = true;
            try {
                course = authoring.open(caller, String.valueOf(params().get("code"))).definition();
            } catch (AuthoringException refused) {
                course = null;
            }
        }
        return course;
    }

    @Override
    public ModuleDefinition getModule() {
        return getCourse() == null ? null : course.modules().stream().filter(m -> m.slug().equals(params().get("m")))
                .findFirst().orElse(null);
    }

    public ModuleDefinition.Lesson getLesson() {
        ModuleDefinition module = getModule();
        return module == null ? null : module.lessons().stream().filter(l -> l.slug().equals(params().get("l")))
                .findFirst().orElse(null);
    }

    public String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    /** Grades the answers exactly as the learner's quiz does, and records nothing. */
    public void grade() {
        if (getModule() != null) {
            result = QuizGrader.grade(getModule().quiz(), answers());
        }
    }
}
