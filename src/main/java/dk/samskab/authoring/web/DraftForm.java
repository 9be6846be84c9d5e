package dk.samskab.authoring.web;

import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.AuthoringService;
import dk.samskab.authoring.CourseValidation;
import dk.samskab.authoring.form.CourseForm;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * What every editor page shares: the draft loaded from the "code" parameter into a form, saved
 * with the version it was opened at, and checked with the importer's rules after every save.
 * A save that finds someone else's newer save is refused with a way to reload.
 */
abstract class DraftForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    @Inject
    Caller caller;

    protected String code;
    protected CourseForm form;
    protected long openedVersion;
    protected transient CourseValidation validation;
    /** The problem list of the current validation, made once per validation rather than at every read of the page. */
    private transient List<ProblemLinks.ProblemLink> problems;
    private transient CourseValidation problemsOf;
    private boolean stale;

    protected Caller editor() {
        return caller;
    }

    /** Loads the draft on the first request of the view; a course the caller may not edit is answered 404. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        code = faces.getExternalContext().getRequestParameterMap().get("code");
        try {
            AuthoringService.Draft draft = authoring.open(editor(), code == null ? "" : code);
            form = CourseForm.of(draft.definition());
            openedVersion = draft.version();
            afterLoad();
            if (form != null) {
                validation = authoring.validate(form.toDefinition());
            }
        } catch (AuthoringException refused) {
            Faces.responseSendError(404, "Not found");
        }
    }

    /** For pages that edit one part of the course: find it, or answer 404. */
    protected void afterLoad() throws IOException {
    }

    /** Saves the whole form; true when it was saved. */
    protected boolean save() {
        try {
            AuthoringService.Draft saved = authoring.save(editor(), code, form.toDefinition(), openedVersion);
            openedVersion = saved.version();
            form = CourseForm.of(saved.definition());
            validation = authoring.validate(saved.definition());
            stale = false;
            return true;
        } catch (AuthoringException refused) {
            stale = refused.reason() == AuthoringException.Reason.STALE;
            error("authoring.refused." + refused.reason());
            return false;
        }
    }

    protected static void error(String key) {
        Messages.error(key);
    }

    protected static void info(String key) {
        Messages.info(key);
    }

    public CourseValidation getValidation() {
        if (validation == null && form != null) {
            validation = authoring.validate(form.toDefinition());
        }
        return validation;
    }

    /** The problems of one field, in the page's language, for the message next to it. */
    public String problem(String path) {
        return getValidation() == null ? "" : validation.at(path, locale());
    }

    /** Every problem of the course at once, each with its field's name and a link to the field. */
    public List<ProblemLinks.ProblemLink> getProblems() {
        if (getValidation() == null) {
            return List.of();
        }
        if (problemsOf != validation) {
            String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            problems = ProblemLinks.of(validation.byField(), form, code, contextPath, locale());
            problemsOf = validation;
        }
        return problems;
    }

    /** The problems only the course read back as files shows, in the page's language. */
    public List<String> getFileProblems() {
        return getValidation() == null ? List.of() : validation.asFiles(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getCode() {
        return code;
    }

    public CourseForm getForm() {
        return form;
    }

    public boolean isStale() {
        return stale;
    }
}
