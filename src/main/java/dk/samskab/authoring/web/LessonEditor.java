package dk.samskab.authoring.web;

import dk.samskab.platform.web.Messages;
import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.CourseFile;
import dk.samskab.authoring.CourseFiles;
import dk.samskab.authoring.CoursePackages;
import dk.samskab.authoring.form.ModuleForm;
import dk.samskab.catalogue.MarkdownRenderer;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.elearning.PackageRefusedException;
import dk.samskab.elearning.StoredPackage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * One lesson in Markdown, Danish and English side by side, with a live preview made by the same
 * renderer and sanitiser that learners' pages use.
 */
@Named
@ViewScoped
public class LessonEditor extends DraftForm {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseFiles courseFiles;

    @Inject
    CoursePackages coursePackages;

    private transient Part upload;
    private transient Part packageUpload;
    private List<String> packageProblems = List.of();

    private int moduleIndex = -1;
    private int lessonIndex = -1;

    @Override
    protected void afterLoad() throws IOException {
        Map<String, String> params = Faces.getRequestParameterMap();
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
            Faces.responseSendError(404, "Not found");
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

    public List<CourseFile> getFiles() {
        return form == null ? List.of() : courseFiles.list(editor(), code);
    }

    /** Adds an image or attachment to the course; the lesson links to it with the snippet shown next to it. */
    public void uploadFile() {
        if (upload == null || upload.getSize() == 0) {
            fileError(AuthoringException.Reason.FILE_EMPTY);
            return;
        }
        if (upload.getSize() > CourseFiles.MAX_BYTES) {
            fileError(AuthoringException.Reason.FILE_TOO_LARGE);
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            CourseFile file = courseFiles.upload(editor(), code, upload.getSubmittedFileName(), in.readAllBytes());
            Messages.info("files.uploaded", file.getName());
        } catch (AuthoringException refused) {
            fileError(refused.reason());
        } catch (IOException e) {
            fileError(AuthoringException.Reason.FILE_EMPTY);
        }
    }

    private static void fileError(AuthoringException.Reason reason) {
        Messages.errorAt("filesForm:upload", "authoring.refused." + reason);
    }

    public void removeFile(String name) {
        courseFiles.remove(editor(), code, name);
    }

    /** The Markdown that shows an image, or links to an attachment, of this course. */
    public String snippet(CourseFile file) {
        String url = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/course-files/" + code
                + "/" + file.getName();
        return file.isImage() ? "![" + Messages.text("files.describe") + "](" + url + ")"
                : "[" + file.getName() + "](" + url + ")";
    }

    /** The lesson's package as stored, or null for a text lesson. */
    public StoredPackage getAttachedPackage() {
        ModuleDefinition.ElearningLesson elearning = form == null ? null : getLesson().getElearning();
        return elearning == null ? null : coursePackages.find(elearning.packageKey()).orElse(null);
    }

    /**
     * Makes the lesson launch the uploaded package: the package is checked in full and stored, then
     * the draft saved with the lesson pointing to it. A refusal lists every problem, with file and line.
     */
    public void uploadPackage() {
        packageProblems = List.of();
        if (packageUpload == null || packageUpload.getSize() == 0) {
            Messages.errorAt("packageForm:packageUpload", "authoring.refused.FILE_EMPTY");
            return;
        }
        try (InputStream in = packageUpload.getInputStream()) {
            StoredPackage stored = coursePackages.attach(editor(), code, in.readAllBytes());
            ModuleForm.LessonForm lesson = getLesson();
            ModuleDefinition.ElearningLesson before = lesson.getElearning();
            lesson.setElearning(new ModuleDefinition.ElearningLesson(lesson.getSlug() + ".zip", stored.getSha256()));
            if (save()) {
                Messages.info("elearning.attached", stored.getTitle(), stored.getEdition(), stored.items().size());
            } else {
                lesson.setElearning(before);
            }
        } catch (PackageRefusedException refused) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            packageProblems = refused.problems().stream().map(problem -> problem.text(locale)).toList();
            Messages.errorAt("packageForm:packageUpload", "elearning.refused", packageProblems.size());
        } catch (IOException e) {
            Messages.errorAt("packageForm:packageUpload", "authoring.refused.FILE_EMPTY");
        }
    }

    /** The lesson becomes a text lesson again; the package stays stored for published versions that use it. */
    public void removePackage() {
        ModuleForm.LessonForm lesson = getLesson();
        ModuleDefinition.ElearningLesson before = lesson.getElearning();
        lesson.setElearning(null);
        if (save()) {
            info("elearning.removed");
        } else {
            lesson.setElearning(before);
        }
    }

    public List<String> getPackageProblems() {
        return packageProblems;
    }

    public Part getPackageUpload() {
        return packageUpload;
    }

    public void setPackageUpload(Part packageUpload) {
        this.packageUpload = packageUpload;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
