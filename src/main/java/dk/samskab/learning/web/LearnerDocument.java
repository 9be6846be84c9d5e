package dk.samskab.learning.web;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseDocument;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * One document of the learner's course version (a template, an example assignment, a handout),
 * named by the "d" parameter. Teachers' guides are not the learners' to read: they are answered
 * 404, like a document that does not exist.
 */
@Named
@RequestScoped
public class LearnerDocument {

    @Inject
    CoursePlayer player;

    public CourseDocument getDocument() {
        CourseDefinition course = player.getCourse();
        String slug = Faces.getRequestParameter("d");
        if (course == null || slug == null) {
            return null;
        }
        CourseDocument document = course.document(slug);
        return document == null || document.forInstructorsOnly() ? null : document;
    }

    public void require() throws IOException {
        if (player.getCourse() != null && getDocument() == null) {
            Faces.responseSendError(404, "Not found");
        }
    }
}
