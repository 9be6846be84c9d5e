package dk.samskab.catalogue.web;

import dk.samskab.catalogue.CatalogueService;
import dk.samskab.catalogue.PublishedCourse;
import dk.samskab.catalogue.MarkdownRenderer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** One course's public page: outcomes, workload, ECTS, audiences, provider and modules. */
@Named
@RequestScoped
public class CourseDetails {

    @Inject
    CatalogueService catalogue;

    private String code;
    private PublishedCourse course;

    /** Loads the course named in the address, or answers 404 if there is none. */
    public void load() throws IOException {
        if (getCourse() == null) {
            Faces.responseSendError(404, "No such course");
        }
    }

    public String html(String markdown) {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Loaded from the address, also on postbacks (the enrolment form posts back to the same address). */
    public PublishedCourse getCourse() {
        if (course == null) {
            if (code == null) {
                code = Faces.getRequestParameter("code");
            }
            course = code == null ? null : catalogue.latest(code).orElse(null);
        }
        return course;
    }
}
