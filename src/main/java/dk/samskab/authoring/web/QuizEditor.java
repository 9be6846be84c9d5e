package dk.samskab.authoring.web;

import dk.samskab.authoring.form.ModuleForm;
import dk.samskab.authoring.form.QuizForm;
import dk.samskab.catalogue.QuestionType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** A module's quiz: threshold, attempts, and questions of every type with options and feedback. */
@Named
@ViewScoped
public class QuizEditor extends DraftForm {

    private static final long serialVersionUID = 1L;

    private int moduleIndex = -1;

    @Override
    protected void afterLoad() throws IOException {
        String slug = Faces.getRequestParameter("m");
        for (int i = 0; i < form.getModules().size(); i++) {
            if (form.getModules().get(i).getSlug().equals(slug)) {
                moduleIndex = i;
            }
        }
        if (moduleIndex < 0) {
            form = null;
            Faces.responseSendError(404, "Not found");
        }
    }

    public ModuleForm getModule() {
        return form.getModules().get(moduleIndex);
    }

    public QuizForm getQuiz() {
        return getModule().getQuiz();
    }

    public String getPathPrefix() {
        return "modules[" + moduleIndex + "].quiz";
    }

    public void addQuestion() {
        getQuiz().addQuestion();
    }

    public void removeQuestion(int index) {
        getQuiz().getQuestions().remove(index);
    }

    public void addEntry(int question) {
        getQuiz().getQuestions().get(question).addEntry();
    }

    public void removeOption(int question, int option) {
        getQuiz().getQuestions().get(question).getOptions().remove(option);
    }

    public void removeEntry(int question, int entry) {
        getQuiz().getQuestions().get(question).getEntries().remove(entry);
    }

    public void saveQuiz() {
        if (save()) {
            info("authoring.saved");
        }
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public boolean isChoice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE || type == QuestionType.TRUE_FALSE;
    }
}
