package dk.samskab.content;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseDocument;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.catalogue.Reference;
import dk.samskab.catalogue.SectorArea;
import dk.samskab.platform.Text;
import dk.samskab.catalogue.WorkloadItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one course folder into a CourseDefinition, collecting every problem with its file and
 * line instead of stopping at the first. YAML is only composed into plain nodes: no object of any
 * class is ever constructed from the files.
 */
public final class CourseFolderReader {

    static final String NAME_PATTERN = "\\d{2}-[a-z0-9]+(-[a-z0-9]+)*";

    private final Path root;
    private final List<Problem> problems = new ArrayList<>();
    private SourceMap sources;

    private final CourseRules.Providers providers;

    /**
     * @param root the course-content folder; file names in problems are relative to it
     * @param providers the education providers that may award ECTS
     */
    public CourseFolderReader(Path root, CourseRules.Providers providers) {
        this.root = root;
        this.providers = providers;
    }

    /** The definition read, or null when problems were found; and where each field came from. */
    public record Result(CourseDefinition course, SourceMap sources, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result read(Path folder) {
        problems.clear();
        sources = new SourceMap(name(folder.resolve("course.yaml")));
        CourseDefinition course = readCourse(folder);
        if (course != null && problems.isEmpty()) {
            for (Violation violation : new CourseRules(providers).check(course)) {
                problems.add(sources.problem(violation));
            }
        }
        if (course != null && problems.isEmpty()) {
            return new Result(course, sources, List.of());
        }
        return new Result(null, sources, problems.stream().sorted().toList());
    }

    private CourseDefinition readCourse(Path folder) {
        Path file = folder.resolve("course.yaml");
        YamlNode course = parse(file, 0, "", "code", "title", "summary", "description", "audiences", "sector_areas",
                "competence_themes", "format", "duration_weeks", "workload_hours", "ects", "qualification_level",
                "awarding_provider", "workload_breakdown", "learning_outcomes", "assessment", "reading_list");
        if (course == null) {
            readModules(folder);
            new DocumentReader(this).read(folder.resolve(DocumentReader.FOLDER));
            return null;
        }
        String code = course.string("code", true);
        Text title = course.text("title", true);
        Text summary = course.text("summary", true);
        Text description = course.text("description", true);
        List<Audience> audiences = course.enumList("audiences", Audience.class);
        List<SectorArea> sectors = course.enumList("sector_areas", SectorArea.class);
        List<CompetenceTheme> themes = course.enumList("competence_themes", CompetenceTheme.class);
        CourseFormat format = course.enumValue("format", CourseFormat.class, true);
        Integer weeks = course.integer("duration_weeks", true);
        var workload = course.decimal("workload_hours", true);
        var ects = course.decimal("ects", false);
        Integer level = course.integer("qualification_level", false);
        String provider = course.string("awarding_provider", false);
        List<WorkloadItem> breakdown = readBreakdown(course);
        CourseDefinition.LearningOutcomes outcomes = readOutcomes(course.mapping("learning_outcomes", true,
                "knowledge", "skills", "competences"));
        CourseDefinition.Assessment assessment = readAssessment(course.mapping("assessment", true,
                "scale", "final_assignment", "exam"));
        List<Reference> readingList = readReadingList(course);
        List<ModuleDefinition> modules = readModules(folder);
        List<CourseDocument> documents = new DocumentReader(this).read(folder.resolve(DocumentReader.FOLDER));
        if (!problems.isEmpty()) {
            return null;
        }
        return new CourseDefinition(code, title, summary, description, audiences, sectors, themes, format, weeks,
                workload, ects, level, provider, breakdown, outcomes, assessment, readingList, modules, documents);
    }

    private List<Reference> readReadingList(YamlNode course) {
        List<YamlNode> entries = course.mappings("reading_list", false, "key", "authors", "edited", "year", "kind", "title",
                "publisher", "journal", "edition", "pages", "chapter", "url", "required", "note");
        if (entries == null) {
            return null;
        }
        List<Reference> works = new ArrayList<>();
        for (YamlNode entry : entries) {
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
            works.add(complete ? new Reference(key.strip(), authors, edited, year, kind, title.strip(), strip(publisher),
                    strip(journal), edition, strip(pages), strip(chapter), strip(url), required, note) : null);
        }
        return works.contains(null) ? null : works;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private List<WorkloadItem> readBreakdown(YamlNode course) {
        List<YamlNode> entries = course.mappings("workload_breakdown", false, "kind", "hours", "note");
        if (entries == null) {
            return null;
        }
        List<WorkloadItem> items = new ArrayList<>();
        for (YamlNode entry : entries) {
            WorkloadItem.Kind kind = entry.enumValue("kind", WorkloadItem.Kind.class, true);
            var hours = entry.decimal("hours", true);
            Text note = entry.text("note", false);
            items.add(kind == null || hours == null ? null : new WorkloadItem(kind, hours, note));
        }
        return items.contains(null) ? null : items;
    }

    private CourseDefinition.LearningOutcomes readOutcomes(YamlNode node) {
        if (node == null) {
            return null;
        }
        return new CourseDefinition.LearningOutcomes(node.textList("knowledge", true), node.textList("skills", true),
                node.textList("competences", true));
    }

    private CourseDefinition.Assessment readAssessment(YamlNode node) {
        if (node == null) {
            return null;
        }
        AssessmentScale scale = node.enumValue("scale", AssessmentScale.class, true);
        YamlNode assignment = node.mapping("final_assignment", false, "title", "prompt", "rubric", "grade_descriptors");
        CourseDefinition.FinalAssignment finalAssignment = assignment == null ? null
                : new CourseDefinition.FinalAssignment(assignment.text("title", true), assignment.text("prompt", true),
                        readCriteria(assignment), readDescriptors(assignment));
        return new CourseDefinition.Assessment(scale, finalAssignment, readExam(node.mapping("exam", false,
                "form", "length", "prerequisites", "resit", "assessors", "ai_use")));
    }

    private List<CourseDefinition.Criterion> readCriteria(YamlNode assignment) {
        List<YamlNode> entries = assignment.mappings("rubric", true, "text", "outcomes");
        if (entries == null) {
            return null;
        }
        List<CourseDefinition.Criterion> criteria = new ArrayList<>();
        for (YamlNode entry : entries) {
            Text text = entry.text("text", true);
            List<String> outcomes = entry.stringList("outcomes", false);
            criteria.add(text == null || outcomes == null ? null : new CourseDefinition.Criterion(text, outcomes));
        }
        return criteria.contains(null) ? null : criteria;
    }

    private List<CourseDefinition.GradeDescriptor> readDescriptors(YamlNode assignment) {
        List<YamlNode> entries = assignment.mappings("grade_descriptors", false, "grade", "text");
        if (entries == null) {
            return null;
        }
        List<CourseDefinition.GradeDescriptor> descriptors = new ArrayList<>();
        for (YamlNode entry : entries) {
            String grade = entry.string("grade", true);
            Text text = entry.text("text", true);
            descriptors.add(grade == null || text == null ? null : new CourseDefinition.GradeDescriptor(grade.strip(), text));
        }
        return descriptors.contains(null) ? null : descriptors;
    }

    private CourseDefinition.Exam readExam(YamlNode exam) {
        if (exam == null) {
            return null;
        }
        return new CourseDefinition.Exam(exam.enumValue("form", CourseDefinition.Exam.Form.class, true),
                exam.text("length", true), exam.text("prerequisites", true), exam.text("resit", true),
                exam.enumValue("assessors", CourseDefinition.Exam.Assessors.class, true), exam.text("ai_use", true));
    }

    private List<ModuleDefinition> readModules(Path folder) {
        // files/ holds the course's images and attachments, documents/ its other Markdown documents; neither is a module.
        List<Path> moduleFolders = ContentFiles.children(folder).stream().filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().equals(CourseZip.FILES))
                .filter(p -> !p.getFileName().toString().equals(DocumentReader.FOLDER)).toList();
        ContentFiles.children(folder).stream().filter(p -> !Files.isDirectory(p) && !p.getFileName().toString().equals("course.yaml"))
                .forEach(p -> problems.add(new Problem(name(p), 1, "folder.unexpectedFile")));
        if (moduleFolders.isEmpty()) {
            problems.add(new Problem(name(folder.resolve("course.yaml")), 1, "folder.noModules"));
            return List.of();
        }
        List<ModuleDefinition> modules = new ArrayList<>();
        for (int i = 0; i < moduleFolders.size(); i++) {
            Path moduleFolder = moduleFolders.get(i);
            if (!moduleFolder.getFileName().toString().matches(NAME_PATTERN)) {
                problems.add(new Problem(name(moduleFolder), 1,
                        "folder.moduleName"));
                continue;
            }
            modules.add(readModule(moduleFolder, "modules[" + i + "]"));
        }
        return modules;
    }

    private ModuleDefinition readModule(Path folder, String path) {
        YamlNode module = parse(folder.resolve("module.yaml"), 0, path, "title", "summary", "lessons", "reflection");
        QuizDefinition quiz = new QuizReader(this).read(folder.resolve("quiz.yaml"), path + ".quiz");
        if (module == null) {
            return null;
        }
        Text title = module.text("title", true);
        Text summary = module.text("summary", true);
        List<YamlNode> lessonEntries = module.mappings("lessons", true, "file", "minutes", "required", "activities");
        List<ModuleDefinition.Lesson> lessons = new ArrayList<>();
        if (lessonEntries != null) {
            for (int i = 0; i < lessonEntries.size(); i++) {
                lessons.add(readLesson(folder, lessonEntries.get(i), path + ".lessons[" + i + "]"));
            }
            reportUnlistedLessonFiles(folder, lessonEntries);
        }
        YamlNode reflection = module.mapping("reflection", false, "prompt", "rubric");
        ModuleDefinition.Reflection task = reflection == null ? null
                : new ModuleDefinition.Reflection(reflection.text("prompt", true), reflection.textList("rubric", true));
        return new ModuleDefinition(folder.getFileName().toString(), title, summary, lessons, quiz, task);
    }

    private ModuleDefinition.Lesson readLesson(Path moduleFolder, YamlNode entry, String path) {
        String stem = entry.string("file", true);
        Integer minutes = entry.integer("minutes", true);
        Boolean required = entry.bool("required", true);
        List<ModuleDefinition.Activity> activities = readActivities(entry);
        if (stem == null) {
            return null;
        }
        if (!stem.matches(NAME_PATTERN)) {
            problems.add(new Problem(entry.file(), entry.line(),
                    "module.lessonName", stem));
            return null;
        }
        MarkdownFile da = readMarkdown(moduleFolder.resolve(stem + ".da.md"), entry, "module.noDanishLesson", "title");
        MarkdownFile en = readMarkdown(moduleFolder.resolve(stem + ".en.md"), entry, "module.noEnglishLesson", "title");
        if (da == null || en == null || minutes == null || required == null || activities == null) {
            return null;
        }
        sources.record(path + ".body.da", da.file(), da.bodyLine());
        sources.record(path + ".body.en", en.file(), en.bodyLine());
        return new ModuleDefinition.Lesson(stem, new Text(da.title(), en.title()), minutes, required,
                new Text(da.body(), en.body()), activities);
    }

    private List<ModuleDefinition.Activity> readActivities(YamlNode lesson) {
        List<YamlNode> entries = lesson.mappings("activities", false, "minutes", "what");
        if (entries == null) {
            return null;
        }
        List<ModuleDefinition.Activity> activities = new ArrayList<>();
        for (YamlNode entry : entries) {
            Integer minutes = entry.integer("minutes", true);
            Text what = entry.text("what", true);
            activities.add(minutes == null || what == null ? null : new ModuleDefinition.Activity(minutes, what));
        }
        return activities.contains(null) ? null : activities;
    }

    /**
     * A Markdown file with front matter: its front matter fields, title, body, and the line on
     * which the body starts (so that problems inside the body can name their line).
     */
    record MarkdownFile(String file, YamlNode front, String title, String body, int bodyLine) {
    }

    /** Reads a lesson or document file; the front matter may hold the given fields, and must hold a title. */
    MarkdownFile readMarkdown(Path file, YamlNode listedAt, String missingKey, String... frontMatterFields) {
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(listedAt == null ? name(file) : listedAt.file(), listedAt == null ? 1 : listedAt.line(),
                    missingKey, file.getFileName()));
            return null;
        }
        String text = ContentFiles.readUtf8(file, name(file), problems);
        if (text == null) {
            return null;
        }
        text = text.replace("\r\n", "\n");
        int end = text.startsWith("---\n") ? text.indexOf("\n---", 3) : -1;
        if (end < 0) {
            problems.add(new Problem(name(file), 1, "markdown.noFrontMatter"));
            return null;
        }
        String frontMatter = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + 4);
        while (bodyStart < text.length() && Character.isWhitespace(text.charAt(bodyStart))) {
            bodyStart++;
        }
        String body = text.substring(bodyStart).strip();
        int bodyLine = 1 + (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        YamlNode front = parseText(name(file), frontMatter, 1, "", frontMatterFields);
        if (front == null) {
            return null;
        }
        String title = front.string("title", true);
        if (body.isEmpty()) {
            problems.add(new Problem(name(file), 1, "markdown.noText"));
            return null;
        }
        return title == null ? null : new MarkdownFile(name(file), front, title, body, bodyLine);
    }

    private void reportUnlistedLessonFiles(Path folder, List<YamlNode> entries) {
        Set<String> listed = entries.stream().map(e -> e.string("file", false)).filter(s -> s != null)
                .collect(Collectors.toSet());
        for (Path file : ContentFiles.children(folder)) {
            String fileName = file.getFileName().toString();
            if (fileName.equals("module.yaml") || fileName.equals("quiz.yaml")) {
                continue;
            }
            String stem = fileName.replaceFirst("\\.(da|en)\\.md$", "");
            if (stem.equals(fileName)) {
                problems.add(new Problem(name(file), 1, "module.unexpectedFile"));
            } else if (!listed.contains(stem)) {
                problems.add(new Problem(name(file), 1, "module.unlistedLesson"));
            }
        }
    }

    /** Parses a YAML file into its root mapping, or reports why it cannot. */
    YamlNode parse(Path file, int lineOffset, String path, String... allowedKeys) {
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(name(file), 1, "file.missing"));
            return null;
        }
        String text = ContentFiles.readUtf8(file, name(file), problems);
        return text == null ? null : parseText(name(file), text, lineOffset, path, allowedKeys);
    }

    private YamlNode parseText(String fileName, String text, int lineOffset, String path, String... allowedKeys) {
        LoadSettings settings = LoadSettings.builder().setLabel(fileName).setAllowDuplicateKeys(false)
                .setUseMarks(true).setCodePointLimit(2_000_000).build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                problems.add(new Problem(fileName, lineOffset + 1, "file.empty"));
                return null;
            }
            return YamlNode.root(fileName, lineOffset, node.get(), path, problems, sources, allowedKeys);
        } catch (MarkedYamlEngineException e) {
            // Point at where the broken construct starts (an unclosed quote, say), not where the
            // parser gave up, which may be the end of the file.
            int problemLine = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            int line = e.getContextMark().map(m -> m.getLine() + 1).orElse(problemLine);
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            problems.add(line != problemLine
                    ? new Problem(fileName, lineOffset + line, "yaml.invalidAt", context + e.getProblem(), lineOffset + problemLine)
                    : new Problem(fileName, lineOffset + line, "yaml.invalid", context + e.getProblem()));
        } catch (YamlEngineException e) {
            problems.add(new Problem(fileName, lineOffset + 1, "yaml.invalid", e.getMessage()));
        }
        return null;
    }

    void report(Problem problem) {
        problems.add(problem);
    }

    String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    SourceMap sources() {
        return sources;
    }

}
