package dk.samskab.content;

import dk.samskab.catalogue.CodedValue;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseDocument;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.catalogue.Reference;
import dk.samskab.platform.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/** Writes a course definition back to the course-content folder format; reading it again gives the same definition. */
public final class CourseExporter {

    private final Dump dump;
    private final Function<String, byte[]> packageZips;

    /** An exporter for courses without e-learning packages. */
    public CourseExporter() {
        this(key -> {
            throw new IllegalStateException("no e-learning packages to export " + key + " from");
        });
    }

    /** @param packageZips the zip of a stored e-learning package by its key */
    public CourseExporter(Function<String, byte[]> packageZips) {
        this.packageZips = packageZips;
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(100)
                .setIndent(2).setIndicatorIndent(0).build();
        dump = new Dump(settings, new ContentRepresenter(settings));
    }

    /** Multi-line texts are written as literal blocks (|), the way people write them by hand. */
    private static final class ContentRepresenter extends StandardRepresenter {
        ContentRepresenter(DumpSettings settings) {
            super(settings);
            representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
            });
            representers.put(java.math.BigDecimal.class, data -> {
                String number = ((java.math.BigDecimal) data).toPlainString();
                return representScalar(number.contains(".") ? Tag.FLOAT : Tag.INT, number, ScalarStyle.PLAIN);
            });
        }
    }

    /** Writes the course into folder (created if missing; existing files of the same names are replaced). */
    public void write(CourseDefinition course, Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve("course.yaml"), courseYaml(course));
        for (ModuleDefinition module : course.modules()) {
            Path moduleFolder = folder.resolve(module.slug());
            Files.createDirectories(moduleFolder);
            write(moduleFolder.resolve("module.yaml"), moduleYaml(module));
            write(moduleFolder.resolve("quiz.yaml"), quizYaml(module.quiz()));
            for (ModuleDefinition.Lesson lesson : module.lessons()) {
                writeMarkdown(moduleFolder.resolve(lesson.slug() + ".da.md"), Map.of("title", lesson.title().da()), lesson.body().da());
                writeMarkdown(moduleFolder.resolve(lesson.slug() + ".en.md"), Map.of("title", lesson.title().en()), lesson.body().en());
                if (lesson.isElearning()) {
                    Files.write(moduleFolder.resolve(lesson.elearning().file()), packageZips.apply(lesson.elearning().packageKey()));
                }
            }
        }
        if (!course.documents().isEmpty()) {
            Path documents = folder.resolve(DocumentReader.FOLDER);
            Files.createDirectories(documents);
            for (CourseDocument document : course.documents()) {
                for (String language : List.of("da", "en")) {
                    Map<String, Object> front = new LinkedHashMap<>();
                    front.put("title", "da".equals(language) ? document.title().da() : document.title().en());
                    front.put("kind", document.kind().code());
                    writeMarkdown(documents.resolve(document.slug() + "." + language + ".md"), front,
                            "da".equals(language) ? document.body().da() : document.body().en());
                }
            }
        }
    }

    private Map<String, Object> courseYaml(CourseDefinition course) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("code", course.code());
        yaml.put("title", text(course.title()));
        yaml.put("summary", text(course.summary()));
        yaml.put("description", text(course.description()));
        yaml.put("audiences", codes(course.audiences()));
        yaml.put("sector_areas", codes(course.sectorAreas()));
        yaml.put("competence_themes", codes(course.competenceThemes()));
        yaml.put("format", course.format().code());
        yaml.put("duration_weeks", course.durationWeeks());
        yaml.put("workload_hours", course.workloadHours());
        putIfPresent(yaml, "ects", course.ects());
        putIfPresent(yaml, "qualification_level", course.qualificationLevel());
        putIfPresent(yaml, "awarding_provider", course.awardingProvider());
        if (!course.workloadBreakdown().isEmpty()) {
            yaml.put("workload_breakdown", course.workloadBreakdown().stream().map(item -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kind", item.kind().code());
                entry.put("hours", item.hours());
                putIfPresent(entry, "note", item.note() == null ? null : text(item.note()));
                return entry;
            }).toList());
        }
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("knowledge", texts(course.learningOutcomes().knowledge()));
        outcomes.put("skills", texts(course.learningOutcomes().skills()));
        outcomes.put("competences", texts(course.learningOutcomes().competences()));
        yaml.put("learning_outcomes", outcomes);
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("scale", course.assessment().scale().code());
        CourseDefinition.Exam exam = course.assessment().exam();
        if (exam != null) {
            Map<String, Object> rules = new LinkedHashMap<>();
            rules.put("form", exam.form().code());
            rules.put("length", text(exam.length()));
            rules.put("prerequisites", text(exam.prerequisites()));
            rules.put("resit", text(exam.resit()));
            rules.put("assessors", exam.assessors().code());
            rules.put("ai_use", text(exam.aiUse()));
            if (exam.identityAssurance() != null) {
                rules.put("identity_assurance", exam.identityAssurance().code());
            }
            assessment.put("exam", rules);
        }
        CourseDefinition.FinalAssignment assignment = course.assessment().finalAssignment();
        if (assignment != null) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("title", text(assignment.title()));
            task.put("prompt", text(assignment.prompt()));
            task.put("rubric", assignment.rubric().stream().map(criterion -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("text", text(criterion.text()));
                if (!criterion.outcomes().isEmpty()) {
                    entry.put("outcomes", criterion.outcomes());
                }
                return entry;
            }).toList());
            if (!assignment.gradeDescriptors().isEmpty()) {
                task.put("grade_descriptors", assignment.gradeDescriptors().stream().map(descriptor -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("grade", descriptor.grade());
                    entry.put("text", text(descriptor.text()));
                    return entry;
                }).toList());
            }
            assessment.put("final_assignment", task);
        }
        yaml.put("assessment", assessment);
        if (!course.readingList().isEmpty()) {
            yaml.put("reading_list", course.readingList().stream().map(CourseExporter::reference).toList());
        }
        return yaml;
    }

    private static Map<String, Object> reference(Reference work) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", work.key());
        entry.put("authors", work.authors());
        if (work.edited()) {
            entry.put("edited", true);
        }
        entry.put("year", work.year());
        entry.put("kind", work.kind().code());
        entry.put("title", work.title());
        putIfPresent(entry, "publisher", work.publisher());
        putIfPresent(entry, "journal", work.journal());
        putIfPresent(entry, "edition", work.edition());
        putIfPresent(entry, "pages", work.pages());
        putIfPresent(entry, "chapter", work.chapter());
        putIfPresent(entry, "url", work.url());
        entry.put("required", work.required());
        putIfPresent(entry, "note", work.note() == null ? null : text(work.note()));
        return entry;
    }

    private Map<String, Object> moduleYaml(ModuleDefinition module) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("title", text(module.title()));
        yaml.put("summary", text(module.summary()));
        yaml.put("lessons", module.lessons().stream().map(lesson -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", lesson.slug());
            entry.put("minutes", lesson.minutes());
            entry.put("required", lesson.required());
            if (lesson.isElearning()) {
                entry.put("package", lesson.elearning().file());
            }
            if (!lesson.activities().isEmpty()) {
                entry.put("activities", lesson.activities().stream().map(activity -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("minutes", activity.minutes());
                    item.put("what", text(activity.what()));
                    return item;
                }).toList());
            }
            return entry;
        }).toList());
        if (module.reflection() != null) {
            Map<String, Object> reflection = new LinkedHashMap<>();
            reflection.put("prompt", text(module.reflection().prompt()));
            reflection.put("rubric", texts(module.reflection().rubric()));
            yaml.put("reflection", reflection);
        }
        return yaml;
    }

    private Map<String, Object> quizYaml(QuizDefinition quiz) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("pass_threshold", quiz.passThreshold());
        yaml.put("attempts", quiz.attempts());
        yaml.put("questions", quiz.questions().stream().map(this::question).toList());
        return yaml;
    }

    private Map<String, Object> question(QuizDefinition.Question question) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", question.id());
        yaml.put("type", question.type().code());
        yaml.put("text", text(question.text()));
        if (!question.options().isEmpty()) {
            yaml.put("options", question.options().stream().map(option -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", option.id());
                entry.put("text", text(option.text()));
                entry.put("correct", option.correct());
                entry.put("feedback", text(option.feedback()));
                return entry;
            }).toList());
        }
        if (!question.items().isEmpty()) {
            yaml.put("items", question.items().stream().map(item -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", item.id());
                entry.put("text", text(item.text()));
                return entry;
            }).toList());
        }
        if (!question.pairs().isEmpty()) {
            yaml.put("pairs", question.pairs().stream().map(pair -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", pair.id());
                entry.put("left", text(pair.left()));
                entry.put("right", text(pair.right()));
                return entry;
            }).toList());
        }
        if (question.feedback() != null) {
            Map<String, Object> feedback = new LinkedHashMap<>();
            feedback.put("correct", text(question.feedback().correct()));
            feedback.put("incorrect", text(question.feedback().incorrect()));
            yaml.put("feedback", feedback);
        }
        return yaml;
    }

    private void writeMarkdown(Path file, Map<String, Object> front, String body) throws IOException {
        String frontMatter = dump.dumpToString(front);
        Files.writeString(file, "---\n" + frontMatter + "---\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    private void write(Path file, Map<String, Object> yaml) throws IOException {
        Files.writeString(file, dump.dumpToString(yaml), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> text(Text text) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("da", text.da());
        yaml.put("en", text.en());
        return yaml;
    }

    private static List<Map<String, Object>> texts(List<Text> texts) {
        return texts.stream().map(CourseExporter::text).toList();
    }

    private static List<String> codes(List<? extends CodedValue> values) {
        return values.stream().map(CodedValue::code).toList();
    }

    private static void putIfPresent(Map<String, Object> yaml, String key, Object value) {
        if (value != null) {
            yaml.put(key, value);
        }
    }
}
