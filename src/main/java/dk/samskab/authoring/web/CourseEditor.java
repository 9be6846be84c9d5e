package dk.samskab.authoring.web;

import dk.samskab.platform.web.Messages;
import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.AuthoringService;
import dk.samskab.authoring.SeedTexts;
import dk.samskab.authoring.form.ModuleForm;
import dk.samskab.authoring.form.TextField;
import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.SectorArea;
import dk.samskab.platform.Text;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationDirectory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collections;
import java.util.List;
import org.primefaces.event.ReorderEvent;

/**
 * The course editor: every field of the course, its modules and lessons (added, renamed,
 * reordered by drag and drop or by buttons, removed), and publishing. Each change is saved to
 * the draft at once, so the lesson and quiz editors always open what this page shows.
 */
@Named
@ViewScoped
public class CourseEditor extends DraftForm {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationDirectory organisations;

    private String note;

    public void saveCourse() {
        if (save()) {
            info("authoring.saved");
        }
    }

    public void addModule() {
        ModuleForm module = ModuleForm.of(new dk.samskab.catalogue.ModuleDefinition(
                String.format("%02d-modul-%d", form.getModules().size() + 1, form.getModules().size() + 1),
                SeedTexts.of("module.new"), new Text("", ""), List.of(), null, null));
        module.addLesson();
        module.getQuiz().addTrueFalse();
        form.getModules().add(module);
        save();
    }

    public void removeModule(int index) {
        form.getModules().remove(index);
        save();
    }

    public void moveModule(int index, int by) {
        move(form.getModules(), index, by);
        save();
    }

    public void onModuleReorder(ReorderEvent event) {
        form.getModules().add(event.getToIndex(), form.getModules().remove(event.getFromIndex()));
        save();
    }

    /** A lesson dragged within its module; the module is known from the table's place on the page. */
    public void onLessonReorder(ReorderEvent event) {
        java.util.regex.Matcher module = java.util.regex.Pattern.compile(":(\\d+):lessons$")
                .matcher(event.getComponent().getClientId());
        if (module.find()) {
            List<ModuleForm.LessonForm> lessons = form.getModules().get(Integer.parseInt(module.group(1))).getLessons();
            lessons.add(event.getToIndex(), lessons.remove(event.getFromIndex()));
            save();
        }
    }

    public void addLesson(int module) {
        form.getModules().get(module).addLesson();
        save();
    }

    public void removeLesson(int module, int lesson) {
        form.getModules().get(module).getLessons().remove(lesson);
        save();
    }

    public void moveLesson(int module, int lesson, int by) {
        move(form.getModules().get(module).getLessons(), lesson, by);
        save();
    }

    public void addText(List<TextField> list) {
        list.add(new TextField());
    }

    public void removeText(List<TextField> list, int index) {
        list.remove(index);
    }

    private static <T> void move(List<T> list, int index, int by) {
        int to = index + by;
        if (to >= 0 && to < list.size()) {
            Collections.swap(list, index, to);
        }
    }

    /** Saves, then publishes the draft as the next version with the note; refused while anything is invalid. */
    public void publish() {
        if (!save()) {
            return;
        }
        try {
            AuthoringService.VersionRow version = authoring.publish(editor(), code, openedVersion, note);
            note = null;
            Messages.info("authoring.published", version.number());
        } catch (AuthoringException refused) {
            error("authoring.refused." + refused.reason());
        }
    }

    public List<Organisation> getProviders() {
        return organisations.listByType(dk.samskab.organisation.OrganisationType.EDUCATION_PROVIDER);
    }

    public Audience[] getAudienceValues() {
        return Audience.values();
    }

    public SectorArea[] getSectorAreaValues() {
        return SectorArea.values();
    }

    public CompetenceTheme[] getThemeValues() {
        return CompetenceTheme.values();
    }

    public CourseFormat[] getFormatValues() {
        return CourseFormat.values();
    }

    public AssessmentScale[] getScaleValues() {
        return AssessmentScale.values();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
