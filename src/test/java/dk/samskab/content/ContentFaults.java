package dk.samskab.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus of broken course folders: each fault is one realistic mistake applied to a copy of a
 * small valid course, with the file, line and message the importer must report.
 */
final class ContentFaults {

    static final Path FIXTURE = Path.of("src/test/resources/content-fixture");
    static final String COURSE = "mini-course/course.yaml";
    static final String MODULE = "mini-course/01-grundbegreber/module.yaml";
    static final String QUIZ = "mini-course/01-grundbegreber/quiz.yaml";
    static final String LESSON_DA = "mini-course/01-grundbegreber/01-hvad-er-samskabelse.da.md";
    static final String LESSON_EN = "mini-course/01-grundbegreber/01-hvad-er-samskabelse.en.md";
    static final String DOCUMENT_DA = "mini-course/documents/01-fremmoededag.da.md";
    static final String DOCUMENT_EN = "mini-course/documents/01-fremmoededag.en.md";

    interface Mutation {
        void apply(Path root) throws IOException;
    }

    /** @param lineOf text on the line the problem must point at, in the broken file (null: line 1) */
    record Fault(String name, Mutation mutation, String file, String lineOf, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Fault> all() {
        return List.of(
            new Fault("unknown field", replace(COURSE, "format: self_paced", "format: self_paced\ncolour: blue"),
                    COURSE, "colour:", "unknown field 'colour'"),
            new Fault("missing English text", replace(COURSE, "  en: Co-creation in an afternoon\n", ""),
                    COURSE, "da: Samskabelse på en eftermiddag", "missing English text (en) in 'title'"),
            new Fault("missing Danish text", replace(MODULE, "  da: Grundbegreber\n", ""),
                    MODULE, "en: Basic concepts", "missing Danish text (da) in 'title'"),
            new Fault("ECTS without awarding provider", replace(COURSE, "awarding_provider: kp\n", ""),
                    COURSE, "ects:", "needs an awarding_provider"),
            new Fault("workload inconsistent with ECTS", replace(COURSE, "workload_hours: 137.5", "workload_hours: 40"),
                    COURSE, "workload_hours:", "does not match 5 ECTS × 27.5 hours = 137.5 hours"),
            new Fault("quiz answer that does not exist", replace(QUIZ, "        correct: true\n        feedback:\n          da: Rigtigt.\n          en: Right.\n      - id: b",
                    "        correct: false\n        feedback:\n          da: Rigtigt.\n          en: Right.\n      - id: b"),
                    QUIZ, "options:", "question 'q1' has no correct answer"),
            new Fault("duplicate course codes", copyFolder("mini-course", "mini-course-copy"),
                    "mini-course-copy/course.yaml", "code:", "duplicate course code MIN-100"),
            new Fault("bad YAML", replace(COURSE, "format: self_paced", "format: \"self_paced"),
                    COURSE, "format:", "invalid YAML"),
            new Fault("unknown level of assurance", replace(COURSE, "identity_assurance: substantial", "identity_assurance: mitid"),
                    COURSE, "identity_assurance", "unknown value 'mitid' for 'identity_assurance' (allowed: none, low, substantial, high)"),
            new Fault("unknown audience", replace(COURSE, "volunteer]", "volunteers]"),
                    COURSE, "audiences:", "unknown value 'volunteers' for 'audiences'"),
            new Fault("missing lesson file", delete(LESSON_EN),
                    MODULE, "- file:", "the English lesson file 01-hvad-er-samskabelse.en.md is missing"),
            new Fault("lesson file not listed", write("mini-course/01-grundbegreber/02-ekstra.da.md", "---\ntitle: Ekstra\n---\n\nTekst.\n"),
                    "mini-course/01-grundbegreber/02-ekstra.da.md", null, "lesson file not listed in module.yaml"),
            new Fault("misspelt front matter", replace(LESSON_DA, "title: Hvad", "titel: Hvad"),
                    LESSON_DA, "titel:", "unknown field 'titel'"),
            new Fault("7-point scale without final assignment", cutFrom(COURSE, "  final_assignment:"),
                    COURSE, "scale:", "needs a final_assignment"),
            new Fault("ECTS on pass/fail without final assignment", root -> {
                cutFrom(COURSE, "  final_assignment:").apply(root);
                replace(COURSE, "scale: seven_point", "scale: pass_fail").apply(root);
            }, COURSE, "assessment:", "credits are awarded only for a passed assessment"),
            new Fault("unknown awarding provider", replace(COURSE, "awarding_provider: kp", "awarding_provider: kpx"),
                    COURSE, "awarding_provider:", "unknown education provider 'kpx'"),
            new Fault("malformed course code", replace(COURSE, "code: MIN-100", "code: min100"),
                    COURSE, "code:", "must be 2-5 capital letters"),
            new Fault("duplicate question id", replace(QUIZ, "  - id: q2", "  - id: q1"),
                    QUIZ, "  - id: q1\n    type: true_false", "the question id 'q1' is used twice"),
            new Fault("pass threshold out of range", replace(QUIZ, "pass_threshold: 80", "pass_threshold: 150"),
                    QUIZ, "pass_threshold:", "pass_threshold is a percentage from 1 to 100"),
            new Fault("minutes not a number", replace(MODULE, "minutes: 15", "minutes: fifteen"),
                    MODULE, "minutes:", "'minutes' must be a whole number"),
            new Fault("YAML tag naming a Java class", replace(COURSE, "format: self_paced", "format: !!java.io.File self_paced"),
                    COURSE, "format:", "unsupported YAML tag"),
            new Fault("ordering with too few items", replace(QUIZ, "      - id: c\n        text:\n          da: Opfølgning\n          en: Follow-up\n", ""),
                    QUIZ, "items:", "ordering needs 3 to 6 items"),
            new Fault("not UTF-8", latin1(LESSON_DA, "---\ntitle: Hvad er samskabelse?\n---\n\nSamskabelse på dansk.\n"),
                    LESSON_DA, null, "not UTF-8 text"),
            // Workload
            new Fault("workload a little off ECTS × hours", root -> {
                replace(COURSE, "workload_hours: 137.5", "workload_hours: 140").apply(root);
                replace(COURSE, "hours: 90", "hours: 92.5").apply(root);
            }, COURSE, "workload_hours:", "does not match 5 ECTS × 27.5 hours = 137.5 hours"),
            new Fault("breakdown that does not add up", replace(COURSE, "hours: 90", "hours: 80"),
                    COURSE, "workload_breakdown:", "adds up to 127.5 hours, but workload_hours is 137.5"),
            new Fault("ECTS course without breakdown", cutBetween(COURSE, "workload_breakdown:", "learning_outcomes:"),
                    COURSE, "workload_hours:", "needs a workload_breakdown"),
            new Fault("online lessons that are not the lessons' minutes", root -> {
                replace(COURSE, "hours: 0.25\n  - kind: quizzes", "hours: 2\n  - kind: quizzes").apply(root);
                replace(COURSE, "hours: 90", "hours: 88.25").apply(root);
            }, COURSE, "hours: 2\n", "the lessons' minutes add up to 15 minutes"),
            new Fault("unknown workload kind", replace(COURSE, "kind: tasks", "kind: homework"),
                    COURSE, "kind: homework", "unknown value 'homework' for 'kind'"),
            // Reading list and citations
            new Fault("ECTS course without reading list", cutFrom(COURSE, "reading_list:"),
                    COURSE, "ects:", "needs a reading_list with its pensum"),
            new Fault("citation of a work not on the list", replace(LESSON_DA, "[@ansell2008]", "[@ansel2008]"),
                    LESSON_DA, "[@ansel2008]", "the citation [@ansel2008] names no work on the reading_list"),
            new Fault("malformed citation", replace(LESSON_EN, "[@ansell2008]", "[@Ansell 2008]"),
                    LESSON_EN, "[@Ansell 2008]", "malformed citation [@Ansell 2008]"),
            new Fault("article without journal", replace(COURSE,
                    "    journal: Journal of Public Administration Research and Theory, 18(4)\n", ""),
                    COURSE, "- key: ansell2008", "an article needs its journal"),
            new Fault("reading list entry without pensum flag", replace(COURSE, "    edition: 2\n    required: false\n",
                    "    edition: 2\n"), COURSE, "- key: lukes2005", "missing field 'required'"),
            // Exam rules, criteria and grade descriptors
            new Fault("ECTS course without exam rules", cutBetween(COURSE, "  exam:", "  final_assignment:"),
                    COURSE, "assessment:", "needs its exam rules"),
            new Fault("unknown exam form", replace(COURSE, "form: written_assignment", "form: synopsis"),
                    COURSE, "form: synopsis", "unknown value 'synopsis' for 'form'"),
            new Fault("grade descriptor for 12 missing", cutBetween(COURSE, "      - grade: '12'", "      - grade: '7'"),
                    COURSE, "grade_descriptors:", "missing: 12"),
            new Fault("grade not on the scale", replace(COURSE, "grade: '7'", "grade: '8'"),
                    COURSE, "grade: '8'", "'8' is not a grade of the seven_point scale"),
            new Fault("criterion naming an outcome that does not exist", replace(COURSE, "outcomes: [knowledge.1]",
                    "outcomes: [knowledge.2]"), COURSE, "outcomes: [knowledge.2]", "the outcome 'knowledge.2' does not exist"),
            new Fault("outcome no criterion assesses", replace(COURSE, "outcomes: [skills.1, competences.1]", "outcomes: [skills.1]"),
                    COURSE, "    rubric:", "no rubric criterion assesses the learning outcome(s) competences.1"),
            // Lesson minutes
            new Fault("lesson minutes far from its text and activities", root -> {
                replace(MODULE, "minutes: 15\n    required", "minutes: 45\n    required").apply(root);
                replace(COURSE, "hours: 0.25\n  - kind: quizzes", "hours: 0.75\n  - kind: quizzes").apply(root);
                replace(COURSE, "hours: 90", "hours: 89.5").apply(root);
            }, MODULE, "minutes: 45", "minutes: 45 does not match the lesson"),
            new Fault("activity without description", replace(MODULE, "        what:\n          da: Skriv tre eksempler fra din egen praksis\n"
                    + "          en: Write three examples from your own practice\n", ""),
                    MODULE, "      - minutes: 15", "missing field 'what'"),
            // Documents
            new Fault("document without English file", delete(DOCUMENT_EN),
                    DOCUMENT_DA, null, "the English document 01-fremmoededag.en.md is missing"),
            new Fault("unknown document kind", replace(DOCUMENT_DA, "kind: teacher_guide", "kind: guide"),
                    DOCUMENT_DA, "kind: guide", "unknown value 'guide' for 'kind'"),
            new Fault("document kinds that differ", replace(DOCUMENT_EN, "kind: teacher_guide", "kind: template"),
                    DOCUMENT_EN, "kind: template", "differs from the Danish document's 'teacher_guide'"),
            new Fault("citation in a document of a work not on the list", replace(DOCUMENT_DA, "[@ansell2008, s. 550]",
                    "[@ansel2008, s. 550]"), DOCUMENT_DA, "[@ansel2008", "the citation [@ansel2008] names no work"),
            new Fault("stray file in documents", write("mini-course/documents/skabelon.docx", "x"),
                    "mini-course/documents/skabelon.docx", null, "unexpected file in the documents folder"));
    }

    /** A fresh copy of the valid fixture with the fault applied. */
    static Path brokenCopy(Fault fault, Path target) throws IOException {
        copy(FIXTURE, target);
        fault.mutation().apply(target);
        return target;
    }

    /** The 1-based line of the first occurrence of text in the file (text may span lines). */
    static int lineOf(Path root, Fault fault) throws IOException {
        if (fault.lineOf() == null) {
            return 1;
        }
        String content = Files.readString(root.resolve(fault.file()), StandardCharsets.UTF_8);
        int at = content.indexOf(fault.lineOf());
        if (at < 0) {
            throw new IllegalStateException(fault.name() + ": '" + fault.lineOf() + "' not in " + fault.file());
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Mutation replace(String file, String from, String to) {
        return root -> {
            Path path = root.resolve(file);
            String content = Files.readString(path, StandardCharsets.UTF_8);
            if (!content.contains(from)) {
                throw new IllegalStateException("fixture " + file + " lacks: " + from);
            }
            Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        };
    }

    private static Mutation cutFrom(String file, String from) {
        return root -> {
            Path path = root.resolve(file);
            String content = Files.readString(path, StandardCharsets.UTF_8);
            Files.writeString(path, content.substring(0, content.indexOf(from)), StandardCharsets.UTF_8);
        };
    }

    /** Removes the text from the first occurrence of from up to (not including) the first occurrence of to after it. */
    private static Mutation cutBetween(String file, String from, String to) {
        return root -> {
            Path path = root.resolve(file);
            String content = Files.readString(path, StandardCharsets.UTF_8);
            int start = content.indexOf(from);
            int end = content.indexOf(to, start);
            if (start < 0 || end < 0) {
                throw new IllegalStateException("fixture " + file + " lacks: " + from + " … " + to);
            }
            Files.writeString(path, content.substring(0, start) + content.substring(end), StandardCharsets.UTF_8);
        };
    }

    private static Mutation delete(String file) {
        return root -> Files.delete(root.resolve(file));
    }

    private static Mutation write(String file, String content) {
        return root -> Files.writeString(root.resolve(file), content, StandardCharsets.UTF_8);
    }

    private static Mutation latin1(String file, String content) {
        return root -> Files.writeString(root.resolve(file), content, StandardCharsets.ISO_8859_1);
    }

    private static Mutation copyFolder(String from, String to) {
        return root -> {
            try {
                copy(root.resolve(from), root.resolve(to));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private ContentFaults() {
    }
}
