package dk.samskab.content;

import dk.samskab.catalogue.Citations;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseDocument;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.Reference;
import dk.samskab.platform.Text;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reading list: ECTS courses have a pensum, every entry says enough to find the work, and
 * every citation in the course's texts names a work on the list.
 */
final class ReadingListRules {

    private static final String PATH = "reading_list";

    private final Consumer<Violation> fail;

    ReadingListRules(Consumer<Violation> fail) {
        this.fail = fail;
    }

    void check(CourseDefinition course) {
        List<Reference> list = course.readingList();
        if (course.carriesEcts() && course.requiredReading().isEmpty()) {
            fail(list.isEmpty() ? "ects" : PATH, "reading.pensum");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            checkEntry(list.get(i), PATH + "[" + i + "]", keys);
        }
        checkCitations(course, keys);
    }

    private void checkEntry(Reference work, String at, Set<String> keys) {
        if (!work.key().matches(Citations.KEY)) {
            fail(at + ".key", "reading.keyFormat", work.key());
        } else if (!keys.add(work.key())) {
            fail(at + ".key", "reading.keyTwice", work.key());
        }
        int thisYear = Year.now().getValue();
        if (work.year() < 1800 || work.year() > thisYear + 1) {
            fail(at + ".year", "reading.year", thisYear + 1);
        }
        if (work.kind() == Reference.Kind.ARTICLE) {
            if (work.journal() == null) {
                fail(at, "reading.articleJournal");
            }
            if (work.publisher() != null) {
                fail(at + ".publisher", "reading.articlePublisher");
            }
        } else {
            if (work.publisher() == null) {
                fail(at, "reading.publisher", work.kind().code());
            }
            if (work.journal() != null) {
                fail(at + ".journal", "reading.journal", work.kind().code());
            }
        }
        if (work.kind() == Reference.Kind.WEB && work.url() == null) {
            fail(at, "reading.webUrl");
        }
        if (work.url() != null && !work.url().matches("https?://[^\\s<>\"]+")) {
            fail(at + ".url", "reading.url");
        }
        if (work.edition() != null && (work.edition() < 2 || work.edition() > 99)) {
            fail(at + ".edition", "reading.edition");
        }
    }

    /** Lesson and document bodies report the line of the citation; course texts the line of their field. */
    private void checkCitations(CourseDefinition course, Set<String> keys) {
        citations(course.description(), "description", false, keys);
        if (course.assessment() != null && course.assessment().finalAssignment() != null) {
            citations(course.assessment().finalAssignment().prompt(), "assessment.final_assignment.prompt", false, keys);
        }
        for (int i = 0; i < course.modules().size(); i++) {
            ModuleDefinition module = course.modules().get(i);
            for (int j = 0; j < module.lessons().size(); j++) {
                citations(module.lessons().get(j).body(), "modules[" + i + "].lessons[" + j + "].body", true, keys);
            }
            if (module.reflection() != null) {
                citations(module.reflection().prompt(), "modules[" + i + "].reflection.prompt", false, keys);
            }
        }
        for (int d = 0; d < course.documents().size(); d++) {
            CourseDocument document = course.documents().get(d);
            citations(document.body(), "documents[" + d + "].body", true, keys);
        }
    }

    private void citations(Text text, String path, boolean byLine, Set<String> keys) {
        if (text == null) {
            return;
        }
        citations(text.da(), path + ".da", byLine, keys);
        citations(text.en(), path + ".en", byLine, keys);
    }

    private void citations(String markdown, String path, boolean byLine, Set<String> keys) {
        for (Citations.Found found : Citations.in(markdown)) {
            int line = byLine ? found.line() : 0;
            if (found.malformed()) {
                fail.accept(Violation.onLine(path, line, "citation.malformed", found.written()));
                continue;
            }
            for (Citations.Cite cite : found.cites()) {
                if (!keys.contains(cite.key())) {
                    fail.accept(Violation.onLine(path, line, "citation.unknown", cite.key()));
                }
            }
        }
    }

    private void fail(String path, String key, Object... args) {
        fail.accept(new Violation(path, key, args));
    }
}
