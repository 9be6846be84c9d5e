package dk.samskab.authoring;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.content.CourseRules;
import dk.samskab.content.CourseZip;
import dk.samskab.content.Problem;
import dk.samskab.content.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The importer's validation, applied to a course in the editor: its rules by field (so the
 * editor can show each problem next to its field, in the author's language), and the course
 * written out as files and read back by the importer's own reader, so that nothing the importer
 * would refuse can be published.
 */
public record CourseValidation(List<Violation> byField, List<Problem> asFiles) {

    public boolean ok() {
        return byField.isEmpty() && asFiles.isEmpty();
    }

    /** Every problem in English, as the importer reports them. */
    public List<String> messages() {
        Set<String> messages = new LinkedHashSet<>();
        byField.forEach(v -> messages.add(v.message()));
        messages.addAll(asFiles(Locale.ENGLISH));
        return new ArrayList<>(messages);
    }

    /** The problems only the course read back as files shows, in the given language, each said once. */
    public List<String> asFiles(Locale locale) {
        return asFiles.stream().map(p -> p.message(locale)).distinct().toList();
    }

    /** The problems of one field (a path such as "title" or "modules[0].lessons[1].minutes"), joined. */
    public String at(String path, Locale locale) {
        return String.join(" ", byField.stream().filter(v -> v.path().equals(path)).map(v -> v.message(locale))
                .distinct().toList());
    }

    /** The problems of a field and everything inside it, such as a whole module. */
    public boolean anyWithin(String path) {
        return byField.stream().anyMatch(v -> v.path().equals(path) || v.path().startsWith(path + "."));
    }

    static CourseValidation of(CourseDefinition course, CourseRules.Providers providers) {
        List<Violation> byField = new CourseRules(providers).check(course);
        List<Problem> asFiles = new ArrayList<>();
        if (byField.isEmpty()) {
            asFiles.addAll(CourseZip.read(CourseZip.zip(withoutPackages(course)), providers).problems());
        }
        return new CourseValidation(List.copyOf(byField), List.copyOf(asFiles));
    }

    /**
     * The course with its lessons' packages left out: the files are read back to check the texts
     * and YAML, while each package was checked in full when it was uploaded.
     */
    private static CourseDefinition withoutPackages(CourseDefinition course) {
        List<ModuleDefinition> modules = course.modules().stream().map(module -> new ModuleDefinition(module.slug(),
                module.title(), module.summary(), module.lessons().stream().map(lesson -> new ModuleDefinition.Lesson(
                        lesson.slug(), lesson.title(), lesson.minutes(), lesson.required(), lesson.body(), lesson.activities(),
                        null)).toList(), module.quiz(), module.reflection())).toList();
        return course.withModules(modules);
    }
}
