package dk.samskab.content;

import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseDocument;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.Reference;
import dk.samskab.catalogue.SectorArea;
import dk.samskab.platform.Text;
import dk.samskab.catalogue.WorkloadItem;
import dk.samskab.elearning.ElearningPackage;
import dk.samskab.elearning.PackageInspector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one course folder into a CourseDefinition, collecting every problem with its file and
 * line instead of stopping at the first. YAML is only composed into plain nodes: no object of any
 * class is ever constructed from the files.
 */
public final class CourseFolderReader {

    static final String NAME_PATTERN = "\\d{2}-[a-z0-9]+(-[a-z0-9]+)*";

    private final Path root;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, ElearningPackage> packages = new LinkedHashMap<>();
    private final PackageInspector inspector;
    private SourceMap sources;

    private final CourseRules.Providers providers;

    /**
     * @param root the course-content folder; file names in problems are relative to it
     * @param providers the education providers that may award ECTS
     */
    public CourseFolderReader(Path root, CourseRules.Providers providers) {
        this(root, providers, PackageInspector.Limits.DEFAULT);
    }

    /** As above, with the operator's limits for e-learning packages. */
    public CourseFolderReader(Path root, CourseRules.Providers providers, PackageInspector.Limits packageLimits) {
        this.root = root;
        this.providers = providers;
        this.inspector = new PackageInspector(packageLimits);
    }

    /**
     * The definition read, or null when problems were found; where each field came from; and the
     * e-learning packages its lessons launch, checked and ready to store, by their keys.
     */
    public record Result(CourseDefinition course, SourceMap sources, List<Problem> problems,
            Map<String, ElearningPackage> packages) {

        public Result(CourseDefinition course, SourceMap sources, List<Problem> problems) {
            this(course, sources, problems, Map.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result read(Path folder) {
        problems.clear();
        packages.clear();
        sources = new SourceMap(name(folder.resolve("course.yaml")));
        CourseDefinition course = readCourse(folder);
        if (course != null && problems.isEmpty()) {
            for (Violation violation : new CourseRules(providers).check(course)) {
                problems.add(sources.problem(violation));
            }
        }
        if (course != null && problems.isEmpty()) {
            return new Result(course, sources, List.of(), Map.copyOf(packages));
        }
        return new Result(null, sources, problems.stream().sorted().toList());
    }

    private CourseDefinition readCourse(Path folder) {
        Path file = folder.resolve("course.yaml");
        YamlNode course = parse(file, 0, "", "code", "title", "summary", "description", "audiences", "sector_areas",
                "competence_themes", "format", "duration_weeks", "workload_hours", "ects", "qualification_level",
                "awarding_provider", "workload_breakdown", "learning_outcomes", "assessment", "reading_list");
        if (course == null) {
            new ModuleReader(this).read(folder);
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
        List<WorkloadItem> breakdown = CourseSections.breakdown(course);
        CourseDefinition.LearningOutcomes outcomes = CourseSections.outcomes(course.mapping("learning_outcomes", true,
                "knowledge", "skills", "competences"));
        CourseDefinition.Assessment assessment = CourseSections.assessment(course.mapping("assessment", true,
                "scale", "final_assignment", "exam"));
        List<Reference> readingList = CourseSections.readingList(course);
        List<ModuleDefinition> modules = new ModuleReader(this).read(folder);
        List<CourseDocument> documents = new DocumentReader(this).read(folder.resolve(DocumentReader.FOLDER));
        if (!problems.isEmpty()) {
            return null;
        }
        return new CourseDefinition(code, title, summary, description, audiences, sectors, themes, format, weeks,
                workload, ects, level, provider, breakdown, outcomes, assessment, readingList, modules, documents);
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
        return YamlParser.parse(fileName, text, lineOffset, path, problems, sources, allowedKeys);
    }

    PackageInspector inspector() {
        return inspector;
    }

    void packageFound(String key, ElearningPackage found) {
        packages.put(key, found);
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
