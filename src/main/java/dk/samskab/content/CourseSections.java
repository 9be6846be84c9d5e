package dk.samskab.content;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.Reference;
import dk.samskab.catalogue.WorkloadItem;
import dk.samskab.platform.AssuranceLevel;
import dk.samskab.platform.Text;
import java.util.List;

/**
 * Reads the structured sections of course.yaml: reading list, workload breakdown, learning
 * outcomes and assessment. Each returns null when anything in it is wrong; the problems are
 * reported through the nodes.
 */
final class CourseSections {

    private CourseSections() {
    }

    static List<Reference> readingList(YamlNode course) {
        List<YamlNode> entries = course.mappings("reading_list", false, "key", "authors", "edited", "year", "kind", "title",
                "publisher", "journal", "edition", "pages", "chapter", "url", "required", "note");
        return YamlNode.readEach(entries, entry -> {
            String key = entry.string("key", true);
            List<String> authors = entry.stringList("authors", true);
            Boolean edited = entry.has("edited") ? entry.bool("edited", true) : Boolean.FALSE;
            Integer year = entry.integer("year", true);
            Reference.Kind kind = entry.enumValue("kind", Reference.Kind.class, true);
            String title = entry.string("title", true);
            String publisher = entry.string("publisher", false);
            String journal = entry.string("journal", false);
            Integer edition = entry.integer("edition", false);
            String pages = entry.string("pages", false);
            String chapter = entry.string("chapter", false);
            String url = entry.string("url", false);
            Boolean required = entry.bool("required", true);
            Text note = entry.text("note", false);
            boolean complete = key != null && authors != null && edited != null && year != null && kind != null
                    && title != null && required != null;
            return complete ? new Reference(key.strip(), authors, edited, year, kind, title.strip(), strip(publisher),
                    strip(journal), edition, strip(pages), strip(chapter), strip(url), required, note) : null;
        });
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static List<WorkloadItem> breakdown(YamlNode course) {
        return YamlNode.readEach(course.mappings("workload_breakdown", false, "kind", "hours", "note"), entry -> {
            WorkloadItem.Kind kind = entry.enumValue("kind", WorkloadItem.Kind.class, true);
            var hours = entry.decimal("hours", true);
            Text note = entry.text("note", false);
            return kind == null || hours == null ? null : new WorkloadItem(kind, hours, note);
        });
    }

    static CourseDefinition.LearningOutcomes outcomes(YamlNode node) {
        if (node == null) {
            return null;
        }
        return new CourseDefinition.LearningOutcomes(node.textList("knowledge", true), node.textList("skills", true),
                node.textList("competences", true));
    }

    static CourseDefinition.Assessment assessment(YamlNode node) {
        if (node == null) {
            return null;
        }
        AssessmentScale scale = node.enumValue("scale", AssessmentScale.class, true);
        YamlNode assignment = node.mapping("final_assignment", false, "title", "prompt", "rubric", "grade_descriptors");
        CourseDefinition.FinalAssignment finalAssignment = assignment == null ? null
                : new CourseDefinition.FinalAssignment(assignment.text("title", true), assignment.text("prompt", true),
                        criteria(assignment), descriptors(assignment));
        return new CourseDefinition.Assessment(scale, finalAssignment, exam(node.mapping("exam", false,
                "form", "length", "prerequisites", "resit", "assessors", "ai_use", "identity_assurance")));
    }

    private static List<CourseDefinition.Criterion> criteria(YamlNode assignment) {
        return YamlNode.readEach(assignment.mappings("rubric", true, "text", "outcomes"), entry -> {
            Text text = entry.text("text", true);
            List<String> outcomes = entry.stringList("outcomes", false);
            return text == null || outcomes == null ? null : new CourseDefinition.Criterion(text, outcomes);
        });
    }

    private static List<CourseDefinition.GradeDescriptor> descriptors(YamlNode assignment) {
        return YamlNode.readEach(assignment.mappings("grade_descriptors", false, "grade", "text"), entry -> {
            String grade = entry.string("grade", true);
            Text text = entry.text("text", true);
            return grade == null || text == null ? null : new CourseDefinition.GradeDescriptor(grade.strip(), text);
        });
    }

    private static CourseDefinition.Exam exam(YamlNode exam) {
        if (exam == null) {
            return null;
        }
        return new CourseDefinition.Exam(exam.enumValue("form", CourseDefinition.Exam.Form.class, true),
                exam.text("length", true), exam.text("prerequisites", true), exam.text("resit", true),
                exam.enumValue("assessors", CourseDefinition.Exam.Assessors.class, true), exam.text("ai_use", true),
                exam.enumValue("identity_assurance", AssuranceLevel.class, AssuranceLevel::code, false));
    }
}
