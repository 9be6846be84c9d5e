package dk.samskab.catalogue.web;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseDocument;
import dk.samskab.catalogue.Reference;
import dk.samskab.platform.Text;
import dk.samskab.catalogue.MarkdownRenderer;
import dk.samskab.catalogue.ReferenceStyle;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * What pages show of a course's reading list, citations, learning outcomes by key and
 * documents, in the current view's language. Holds no state, so any page may use it, the
 * public ones included.
 */
@Named("syllabus")
@ApplicationScoped
public class CourseSyllabus {

    /** A course text with its citations linked to the reading list shown on the same page. */
    public String cited(String markdown, CourseDefinition course) {
        return MarkdownRenderer.toSafeHtml(markdown, course.readingList(), style(), false);
    }

    /** A course text with its citations linked to the works it cites, listed below it. */
    public String citedWithSources(String markdown, CourseDefinition course) {
        return MarkdownRenderer.toSafeHtml(markdown, course.readingList(), style(), true);
    }

    /** A work's full entry on the reading list, as safe HTML. */
    public String reference(Reference work) {
        return style().html(work);
    }

    /** "Viden 2" for knowledge.2, in the page's language. */
    public String outcomeLabel(String key) {
        int dot = key.indexOf('.');
        String part = switch (key.substring(0, Math.max(dot, 0))) {
            case "knowledge" -> "course.knowledge";
            case "skills" -> "course.skills";
            default -> "course.competences";
        };
        return Messages.text(part) + " " + key.substring(dot + 1);
    }

    /** The outcome a criterion names, for the label's title; null for an unknown key. */
    public Text outcome(CourseDefinition course, String key) {
        return course.learningOutcomes().byKey(key);
    }

    /** The documents a learner of the course may read: all but the teachers' guides. */
    public List<CourseDocument> learnerDocuments(CourseDefinition course) {
        return course.documents().stream().filter(d -> !d.forInstructorsOnly()).toList();
    }

    private static ReferenceStyle style() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return new ReferenceStyle(locale, Messages::text);
    }
}
