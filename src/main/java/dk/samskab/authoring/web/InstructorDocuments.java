package dk.samskab.authoring.web;

import dk.samskab.catalogue.CatalogueService;
import dk.samskab.catalogue.CourseDocument;
import dk.samskab.catalogue.PublishedCourse;
import dk.samskab.enrolment.Permissions;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The documents of a published course for its instructors, teachers' guides included: the list,
 * and the one named by "d". Another instructor's course is answered 404, as if it did not exist.
 */
@Named
@RequestScoped
public class InstructorDocuments {

    @Inject
    CatalogueService catalogue;

    @Inject
    Caller caller;

    @Inject
    Permissions permissions;

    private PublishedCourse course;
    private boolean loaded;

    public PublishedCourse getCourse() {
        if (!loaded) {
            loaded = true;
            String code = params().get("code");
            course = code == null ? null
                    : permissions.taught(caller, code).flatMap(taught -> catalogue.latest(code)).orElse(null);
        }
        return course;
    }

    public CourseDocument getDocument() {
        String slug = params().get("d");
        return getCourse() == null || slug == null ? null : course.course().document(slug);
    }

    public void require() throws IOException {
        if (getCourse() == null || params().get("d") != null && getDocument() == null) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private static Map<String, String> params() {
        return Faces.getRequestParameterMap();
    }
}
