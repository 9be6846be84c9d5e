package dk.samskab.authoring.web;

import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.AuthoringService;
import dk.samskab.platform.Text;
import dk.samskab.content.CourseZip;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The instructor's courses: open one, create a new one or a copy, or upload a zipped course folder. */
@Named
@RequestScoped
public class MyCourses {

    @Inject
    AuthoringService authoring;

    @Inject
    Caller caller;

    private List<AuthoringService.CourseRow> courses;
    private String newCode;
    private String titleDa;
    private String titleEn;
    private String copyFrom;
    private String copyCode;
    private Part zip;
    private List<String> zipProblems = new ArrayList<>();

    public List<AuthoringService.CourseRow> getCourses() {
        if (courses == null) {
            courses = authoring.courses(caller);
        }
        return courses;
    }

    public String create() {
        try {
            String code = clean(newCode);
            authoring.create(caller, code, new Text(blankless(titleDa), blankless(titleEn)));
            return editorOf(code);
        } catch (AuthoringException refused) {
            return refuse("createForm:code", refused);
        }
    }

    public String copy() {
        try {
            String code = clean(copyCode);
            authoring.copy(caller, copyFrom, code);
            return editorOf(code);
        } catch (AuthoringException refused) {
            return refuse("copyForm:copyCode", refused);
        }
    }

    public String upload() {
        if (zip == null || zip.getSize() == 0) {
            return refuse("uploadForm:zip", new AuthoringException(AuthoringException.Reason.BAD_ZIP, List.of()));
        }
        if (zip.getSize() > CourseZip.MAX_ZIP_BYTES) {
            Messages.errorAt("uploadForm:zip", "authoring.zipTooLarge", CourseZip.MAX_ZIP_BYTES / (1024 * 1024));
            return null;
        }
        try (InputStream in = zip.getInputStream()) {
            return editorOf(authoring.importZip(caller, in.readAllBytes()).code());
        } catch (AuthoringException refused) {
            zipProblems = refused.problems(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            return refuse("uploadForm:zip", refused);
        } catch (IOException e) {
            return refuse("uploadForm:zip", new AuthoringException(AuthoringException.Reason.BAD_ZIP));
        }
    }

    private static String editorOf(String code) {
        return "/instructor/edit?faces-redirect=true&code=" + code;
    }

    private static String refuse(String field, AuthoringException refused) {
        Messages.errorAt(field, "authoring.refused." + refused.reason());
        return null;
    }

    private static String clean(String code) {
        return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankless(String text) {
        return text == null ? "" : text.strip();
    }

    /** The first problems of a refused zip, and how many more there are: a long list helps nobody. */
    public List<String> getZipProblems() {
        if (zipProblems.size() <= SHOWN_PROBLEMS) {
            return zipProblems;
        }
        List<String> shown = new ArrayList<>(zipProblems.subList(0, SHOWN_PROBLEMS));
        shown.add(Messages.text("authoring.moreProblems", zipProblems.size() - SHOWN_PROBLEMS));
        return shown;
    }

    static final int SHOWN_PROBLEMS = 50;

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getTitleDa() {
        return titleDa;
    }

    public void setTitleDa(String titleDa) {
        this.titleDa = titleDa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(String copyFrom) {
        this.copyFrom = copyFrom;
    }

    public String getCopyCode() {
        return copyCode;
    }

    public void setCopyCode(String copyCode) {
        this.copyCode = copyCode;
    }

    public Part getZip() {
        return zip;
    }

    public void setZip(Part zip) {
        this.zip = zip;
    }
}
