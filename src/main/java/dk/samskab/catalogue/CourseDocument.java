package dk.samskab.catalogue;

import dk.samskab.platform.Text;
import java.io.Serializable;

/**
 * A bilingual Markdown document of a course that is not a lesson: a teacher's guide for a campus
 * day, a template, a marked example assignment or a handout.
 */
public record CourseDocument(String slug, Kind kind, Text title, Text body) implements Serializable {

    public enum Kind implements CodedValue {
        /** For the course's instructors only, such as a campus day's programme and exercises. */
        TEACHER_GUIDE,
        TEMPLATE,
        EXAMPLE_ASSIGNMENT,
        HANDOUT;

        public boolean forInstructorsOnly() {
            return this == TEACHER_GUIDE;
        }
    }

    public boolean forInstructorsOnly() {
        return kind.forInstructorsOnly();
    }
}
