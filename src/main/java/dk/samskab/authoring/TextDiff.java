package dk.samskab.authoring;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.platform.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The texts of a course that changed between two versions, line by line (java-diff-utils). */
public final class TextDiff {

    /** One changed text, named by where it is ("Modul 2 › Lektion 1 › tekst (da)"), with its changed lines. */
    public record Change(String where, List<Line> lines) {
    }

    /** A changed line: what it was and what it became (either may be empty). */
    public record Line(String kind, String before, String after) {
    }

    // The page escapes the lines itself, so they stay as written here (no HTML escaping by the library).
    private static final DiffRowGenerator ROWS = DiffRowGenerator.create().showInlineDiffs(false).ignoreWhiteSpaces(false)
            .lineNormalizer(line -> line)
            .build();

    private TextDiff() {
    }

    public static List<Change> between(CourseDefinition older, CourseDefinition newer) {
        Map<String, String> before = texts(older);
        Map<String, String> after = texts(newer);
        Set<String> places = new LinkedHashSet<>(before.keySet());
        places.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String place : places) {
            String a = before.getOrDefault(place, "");
            String b = after.getOrDefault(place, "");
            if (!Objects.equals(a, b)) {
                List<Line> lines = ROWS.generateDiffRows(Arrays.asList(a.split("\n", -1)), Arrays.asList(b.split("\n", -1)))
                        .stream().filter(r -> r.getTag() != DiffRow.Tag.EQUAL)
                        .map(r -> new Line(r.getTag().name(), r.getOldLine(), r.getNewLine())).toList();
                changes.add(new Change(place, lines));
            }
        }
        return changes;
    }

    private static Map<String, String> texts(CourseDefinition course) {
        Map<String, String> texts = new LinkedHashMap<>();
        put(texts, "Titel", course.title());
        put(texts, "Resumé", course.summary());
        put(texts, "Beskrivelse", course.description());
        for (ModuleDefinition m : course.modules()) {
            String module = "Modul " + m.slug();
            put(texts, module + " › titel", m.title());
            put(texts, module + " › resumé", m.summary());
            for (ModuleDefinition.Lesson l : m.lessons()) {
                put(texts, module + " › lektion " + l.slug() + " › titel", l.title());
                put(texts, module + " › lektion " + l.slug() + " › tekst", l.body());
            }
            if (m.reflection() != null) {
                put(texts, module + " › refleksion", m.reflection().prompt());
            }
            for (QuizDefinition.Question q : m.quiz().questions()) {
                put(texts, module + " › quiz " + q.id(), q.text());
            }
        }
        CourseDefinition.FinalAssignment a = course.assessment().finalAssignment();
        if (a != null) {
            put(texts, "Afsluttende opgave › titel", a.title());
            put(texts, "Afsluttende opgave › opgave", a.prompt());
        }
        for (dk.samskab.catalogue.CourseDocument d : course.documents()) {
            put(texts, "Dokument " + d.slug() + " › titel", d.title());
            put(texts, "Dokument " + d.slug() + " › tekst", d.body());
        }
        return texts;
    }

    private static void put(Map<String, String> texts, String where, Text text) {
        texts.put(where + " (da)", text == null || text.da() == null ? "" : text.da());
        texts.put(where + " (en)", text == null || text.en() == null ? "" : text.en());
    }
}
