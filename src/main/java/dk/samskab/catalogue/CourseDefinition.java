package dk.samskab.catalogue;

import dk.samskab.platform.AssuranceLevel;
import dk.samskab.platform.Text;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a course version says, independent of where it is stored: the course-content
 * files, the database and the editor all read and write this one shape.
 *
 * <p>Versions stored before the reading list, the workload breakdown and the documents existed
 * have none of them: those lists are then empty, never null.
 */
public record CourseDefinition(
        String code,
        Text title,
        Text summary,
        Text description,
        List<Audience> audiences,
        List<SectorArea> sectorAreas,
        List<CompetenceTheme> competenceThemes,
        CourseFormat format,
        int durationWeeks,
        BigDecimal workloadHours,
        BigDecimal ects,
        Integer qualificationLevel,
        String awardingProvider,
        List<WorkloadItem> workloadBreakdown,
        LearningOutcomes learningOutcomes,
        Assessment assessment,
        List<Reference> readingList,
        List<ModuleDefinition> modules,
        List<CourseDocument> documents) {

    public CourseDefinition {
        workloadBreakdown = workloadBreakdown == null ? List.of() : workloadBreakdown;
        readingList = readingList == null ? List.of() : readingList;
        documents = documents == null ? List.of() : documents;
    }

    /**
     * Learning outcomes in the Danish qualifications framework's three parts. Rubric criteria
     * name an outcome by its part and 1-based place: "knowledge.1", "skills.2", "competences.1".
     */
    public record LearningOutcomes(List<Text> knowledge, List<Text> skills, List<Text> competences) {

        public static final List<String> PARTS = List.of("knowledge", "skills", "competences");

        /** Every outcome's key, in order: knowledge.1 … skills.1 … competences.1 … */
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (String part : PARTS) {
                for (int i = 1; i <= part(part).size(); i++) {
                    keys.add(part + "." + i);
                }
            }
            return keys;
        }

        /** The outcome a key names, or null if there is none. */
        public Text byKey(String key) {
            int dot = key == null ? -1 : key.indexOf('.');
            if (dot < 0 || !PARTS.contains(key.substring(0, dot)) || !key.substring(dot + 1).matches("[1-9]\\d{0,2}")) {
                return null;
            }
            List<Text> outcomes = part(key.substring(0, dot));
            int place = Integer.parseInt(key.substring(dot + 1));
            return place <= outcomes.size() ? outcomes.get(place - 1) : null;
        }

        private List<Text> part(String name) {
            List<Text> list = switch (name) {
                case "knowledge" -> knowledge;
                case "skills" -> skills;
                default -> competences;
            };
            return list == null ? List.of() : list;
        }
    }

    /** The scale, the final assignment an instructor grades (optional for pass/fail), and the exam rules. */
    public record Assessment(AssessmentScale scale, FinalAssignment finalAssignment, Exam exam) {
    }

    /**
     * The final assignment: what to hand in, the criteria it is assessed by (each naming the
     * learning outcomes it assesses) and what each grade means.
     */
    public record FinalAssignment(Text title, Text prompt, List<Criterion> rubric, List<GradeDescriptor> gradeDescriptors) {

        public FinalAssignment {
            gradeDescriptors = gradeDescriptors == null ? List.of() : gradeDescriptors;
        }
    }

    /** One assessment criterion and the keys of the learning outcomes it assesses. */
    public record Criterion(Text text, List<String> outcomes) implements Serializable {

        public Criterion {
            outcomes = outcomes == null ? List.of() : outcomes;
        }
    }

    /**
     * What earns a grade: "12", "7", "02", "00" … on the 7-point scale, "passed" or "not_passed"
     * on pass/fail.
     */
    public record GradeDescriptor(String grade, Text text) implements Serializable {
    }

    /**
     * The exam rules as a programme's regulations (studieordning) state them, and how surely the
     * learner must have proved who they are (signed in at that level of assurance, e.g. with
     * MitID) to hand in the final assignment; null for no requirement.
     */
    public record Exam(Form form, Text length, Text prerequisites, Text resit, Assessors assessors, Text aiUse,
            AssuranceLevel identityAssurance) implements Serializable {

        /** A written assignment graded on its own, or a synopsis that is the basis of an oral exam, or an oral exam. */
        public enum Form implements CodedValue {
            WRITTEN_ASSIGNMENT,
            SYNOPSIS_ORAL,
            ORAL
        }

        /** Who assesses: the examiner alone, or with an internal or an external co-examiner (censor). */
        public enum Assessors implements CodedValue {
            EXAMINER_ONLY,
            INTERNAL_CENSOR,
            EXTERNAL_CENSOR
        }
    }

    /**
     * The level of assurance the learner's sign-in must have before the final assignment is handed
     * in: the exam's own, or, for a course that carries ECTS, the minimum the operator set for ECTS awards.
     */
    public AssuranceLevel finalHandInAssurance(AssuranceLevel ectsMinimum) {
        AssuranceLevel own = assessment.exam() == null || assessment.exam().identityAssurance() == null ? AssuranceLevel.NONE
                : assessment.exam().identityAssurance();
        AssuranceLevel forEcts = carriesEcts() ? ectsMinimum : AssuranceLevel.NONE;
        return own.atLeast(forEcts) ? own : forEcts;
    }

    public boolean carriesEcts() {
        return ects != null && ects.signum() > 0;
    }

    public int totalLessonMinutes() {
        return modules.stream().flatMap(m -> m.lessons().stream()).mapToInt(ModuleDefinition.Lesson::minutes).sum();
    }

    /** The pensum: the works learners must read. */
    public List<Reference> requiredReading() {
        return readingList.stream().filter(Reference::required).toList();
    }

    public List<Reference> supplementaryReading() {
        return readingList.stream().filter(r -> !r.required()).toList();
    }

    public Reference reference(String key) {
        return readingList.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    public CourseDocument document(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst().orElse(null);
    }

    public CourseDefinition withCode(String newCode) {
        return new CourseDefinition(newCode, title, summary, description, audiences, sectorAreas, competenceThemes, format,
                durationWeeks, workloadHours, ects, qualificationLevel, awardingProvider, workloadBreakdown, learningOutcomes,
                assessment, readingList, modules, documents);
    }

    public CourseDefinition withModules(List<ModuleDefinition> newModules) {
        return new CourseDefinition(code, title, summary, description, audiences, sectorAreas, competenceThemes, format,
                durationWeeks, workloadHours, ects, qualificationLevel, awardingProvider, workloadBreakdown, learningOutcomes,
                assessment, readingList, newModules, documents);
    }

    public CourseDefinition withWorkload(BigDecimal hours, List<WorkloadItem> breakdown) {
        return new CourseDefinition(code, title, summary, description, audiences, sectorAreas, competenceThemes, format,
                durationWeeks, hours, ects, qualificationLevel, awardingProvider, breakdown, learningOutcomes,
                assessment, readingList, modules, documents);
    }
}
