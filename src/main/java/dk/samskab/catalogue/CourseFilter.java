package dk.samskab.catalogue;

import java.util.Locale;

/**
 * What a learner looks for in the catalogue. Empty fields match everything; the text matches
 * code, titles and summaries in both languages, ignoring case.
 */
public record CourseFilter(Audience audience, SectorArea sectorArea, CompetenceTheme theme, CourseFormat format,
        Boolean withEcts, String text) {

    public boolean matches(CourseDefinition course) {
        return (audience == null || course.audiences().contains(audience))
                && (sectorArea == null || course.sectorAreas().contains(sectorArea))
                && (theme == null || course.competenceThemes().contains(theme))
                && (format == null || course.format() == format)
                && (withEcts == null || course.carriesEcts() == withEcts)
                && matchesText(course);
    }

    private boolean matchesText(CourseDefinition course) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return String.join(" ", course.code(), course.title().da(), course.title().en(), course.summary().da(),
                course.summary().en()).toLowerCase(Locale.ROOT).contains(needle);
    }
}
