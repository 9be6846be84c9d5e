package dk.samskab.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a course version says, independent of where it is stored: the course-content
 * files, the database and the editor all read and write this one shape.
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
        LearningOutcomes learningOutcomes,
        Assessment assessment,
        List<ModuleDefinition> modules) {

    /** Learning outcomes in the Danish qualifications framework's three parts. */
    public record LearningOutcomes(List<Text> knowledge, List<Text> skills, List<Text> competences) {
    }

    /** The scale, and the final assignment an instructor grades (optional for pass/fail). */
    public record Assessment(AssessmentScale scale, FinalAssignment finalAssignment) {
    }

    public record FinalAssignment(Text title, Text prompt, List<Text> rubric) {
    }

    public boolean carriesEcts() {
        return ects != null && ects.signum() > 0;
    }

    public int totalLessonMinutes() {
        return modules.stream().flatMap(m -> m.lessons().stream()).mapToInt(ModuleDefinition.Lesson::minutes).sum();
    }
}
