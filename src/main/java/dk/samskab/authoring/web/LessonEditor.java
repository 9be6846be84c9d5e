package dk.samskab.authoring.web;

import dk.samskab.authoring.AuthoringService;
import dk.samskab.authoring.form.ModuleForm;
import dk.samskab.content.MarkdownRenderer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.Map;

/**
 * One lesson in Markdown, Danish and English side by side, with a live preview made by the same
 * renderer and sanitiser that learners' pages use.
 */
@Named
@ViewScoped
public class LessonEditor extends DraftForm {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    @Inject
    SecurityContext securityContext;

    private int moduleIndex = -1;
    private int lessonIndex = -1;

    @Override
    protected AuthoringService service() {
        return authoring;
    }

    @Override
    protected SecurityContext security() {
        return securityContext;
    }

    @Override
    protected void afterLoad() throws IOException {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (int i = 0; i < form.getModules().size(); i++) {
            ModuleForm module = form.getModules().get(i);
            for (int j = 0; j < module.getLessons().size(); j++) {
                if (module.getSlug().equals(params.get("m")) && module.getLessons().get(j).getSlug().equals(params.get("l"))) {
                    moduleIndex = i;
                    lessonIndex = j;
                }
            }
        }
        if (lessonIndex < 0) {
            form = null;
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public ModuleForm getModule() {
        return form.getModules().get(moduleIndex);
    }

    public ModuleForm.LessonForm getLesson() {
        return getModule().getLessons().get(lessonIndex);
    }

    public String getPathPrefix() {
        return "modules[" + moduleIndex + "].lessons[" + lessonIndex + "]";
    }

    public String preview(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown == null ? "" : markdown);
    }

    /** Saves; the lesson keeps its place, so the page stays on it even if its name was renumbered. */
    public String saveLesson() {
        if (!save()) {
            return null;
        }
        info("authoring.saved");
        return null;
    }
}
