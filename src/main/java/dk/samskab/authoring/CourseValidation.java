package dk.samskab.authoring;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.content.CourseFolderReader;
import dk.samskab.content.CourseRules;
import dk.samskab.content.CourseZip;
import dk.samskab.content.Problem;
import dk.samskab.content.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The importer's validation, applied to a course in the editor: its rules by field (so the
 * editor can show each problem next to its field), and the course written out as files and read
 * back by the importer's own reader, so that nothing the importer would refuse can be published.
 */
public record CourseValidation(List<Violation> byField, List<String> messages) {

    public boolean ok() {
        return messages.isEmpty();
    }

    /** The problems of one field (a path such as "title" or "modules[0].lessons[1].minutes"), joined. */
    public String at(String path) {
        return String.join(" ", byField.stream().filter(v -> v.path().equals(path)).map(Violation::message).toList());
    }

    /** The problems of a field and everything inside it, such as a whole module. */
    public boolean anyWithin(String path) {
        return byField.stream().anyMatch(v -> v.path().equals(path) || v.path().startsWith(path + "."));
    }

    static CourseValidation of(CourseDefinition course, CourseRules.Providers providers) {
        List<Violation> byField = new CourseRules(providers).check(course);
        Set<String> messages = new LinkedHashSet<>();
        byField.forEach(v -> messages.add(v.message()));
        if (byField.isEmpty()) {
            CourseFolderReader.Result asFiles = CourseZip.read(CourseZip.zip(course), providers);
            asFiles.problems().stream().map(Problem::message).forEach(messages::add);
        }
        return new CourseValidation(byField, new ArrayList<>(messages));
    }
}
