package dk.samskab.content;

import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.platform.Text;
import dk.samskab.elearning.ElearningPackage;
import dk.samskab.elearning.PackageProblem;
import dk.samskab.elearning.PackageRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a course's module folders: each module.yaml with its lesson files and quiz. */
final class ModuleReader {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final CourseFolderReader reader;

    ModuleReader(CourseFolderReader reader) {
        this.reader = reader;
    }

    List<ModuleDefinition> read(Path folder) {
        // files/ holds the course's images and attachments, documents/ its other Markdown documents; neither is a module.
        List<Path> moduleFolders = ContentFiles.children(folder).stream().filter(Files::isDirectory)
                .filter(p -> !p.getFileName().toString().equals(CourseZip.FILES))
                .filter(p -> !p.getFileName().toString().equals(DocumentReader.FOLDER)).toList();
        ContentFiles.children(folder).stream().filter(p -> !Files.isDirectory(p) && !p.getFileName().toString().equals("course.yaml"))
                .forEach(p -> reader.report(new Problem(reader.name(p), 1, "folder.unexpectedFile")));
        if (moduleFolders.isEmpty()) {
            reader.report(new Problem(reader.name(folder.resolve("course.yaml")), 1, "folder.noModules"));
            return List.of();
        }
        List<ModuleDefinition> modules = new ArrayList<>();
        for (int i = 0; i < moduleFolders.size(); i++) {
            Path moduleFolder = moduleFolders.get(i);
            if (!moduleFolder.getFileName().toString().matches(CourseFolderReader.NAME_PATTERN)) {
                reader.report(new Problem(reader.name(moduleFolder), 1, "folder.moduleName"));
                continue;
            }
            modules.add(readModule(moduleFolder, "modules[" + i + "]"));
        }
        return modules;
    }

    private ModuleDefinition readModule(Path folder, String path) {
        YamlNode module = reader.parse(folder.resolve("module.yaml"), 0, path, "title", "summary", "lessons", "reflection");
        QuizDefinition quiz = new QuizReader(reader).read(folder.resolve("quiz.yaml"), path + ".quiz");
        if (module == null) {
            return null;
        }
        Text title = module.text("title", true);
        Text summary = module.text("summary", true);
        List<YamlNode> lessonEntries = module.mappings("lessons", true, "file", "minutes", "required", "activities",
                "package");
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
        if (!stem.matches(CourseFolderReader.NAME_PATTERN)) {
            reader.report(new Problem(entry.file(), entry.line(),
                    "module.lessonName", stem));
            return null;
        }
        CourseFolderReader.MarkdownFile da = reader.readMarkdown(moduleFolder.resolve(stem + ".da.md"), entry,
                "module.noDanishLesson", "title");
        CourseFolderReader.MarkdownFile en = reader.readMarkdown(moduleFolder.resolve(stem + ".en.md"), entry,
                "module.noEnglishLesson", "title");
        ModuleDefinition.ElearningLesson elearning = readPackage(moduleFolder, entry);
        if (da == null || en == null || minutes == null || required == null || activities == null
                || elearning == NOT_READ) {
            return null;
        }
        reader.sources().record(path + ".body.da", da.file(), da.bodyLine());
        reader.sources().record(path + ".body.en", en.file(), en.bodyLine());
        return new ModuleDefinition.Lesson(stem, new Text(da.title(), en.title()), minutes, required,
                new Text(da.body(), en.body()), activities, elearning);
    }

    /** Stands for a package named but refused, apart from null for a lesson without one. */
    private static final ModuleDefinition.ElearningLesson NOT_READ = new ModuleDefinition.ElearningLesson("", "");

    /**
     * The lesson's e-learning package, checked in full as an upload in the editor would be: null
     * when the lesson has none, NOT_READ when it is missing or refused (with the package's problems).
     */
    private ModuleDefinition.ElearningLesson readPackage(Path moduleFolder, YamlNode entry) {
        String fileName = entry.string("package", false);
        if (fileName == null) {
            return null;
        }
        Path file = moduleFolder.resolve(fileName).normalize();
        if (!fileName.matches(CourseFolderReader.NAME_PATTERN + "\\.zip") || !Files.isRegularFile(file)) {
            reader.report(new Problem(entry.file(), entry.line(), "module.noPackage", fileName));
            return NOT_READ;
        }
        try (InputStream zip = Files.newInputStream(file)) {
            ElearningPackage found = reader.inspector().inspect(zip);
            String key = found.contentHash();
            reader.packageFound(key, found);
            return new ModuleDefinition.ElearningLesson(fileName, key);
        } catch (PackageRefusedException refused) {
            for (PackageProblem problem : refused.problems()) {
                reader.report(new Problem(reader.name(file), 1, "module.packageRefused", problem.text(DANISH),
                        problem.text(Locale.ENGLISH)));
            }
        } catch (IOException e) {
            reader.report(new Problem(reader.name(file), 1, "file.unreadable", e.getMessage()));
        }
        return NOT_READ;
    }

    private List<ModuleDefinition.Activity> readActivities(YamlNode lesson) {
        return YamlNode.readEach(lesson.mappings("activities", false, "minutes", "what"), entry -> {
            Integer minutes = entry.integer("minutes", true);
            Text what = entry.text("what", true);
            return minutes == null || what == null ? null : new ModuleDefinition.Activity(minutes, what);
        });
    }

    private void reportUnlistedLessonFiles(Path folder, List<YamlNode> entries) {
        Set<String> listed = entries.stream().map(e -> e.string("file", false)).filter(s -> s != null)
                .collect(Collectors.toSet());
        Set<String> packages = entries.stream().map(e -> e.string("package", false)).filter(s -> s != null)
                .collect(Collectors.toSet());
        for (Path file : ContentFiles.children(folder)) {
            String fileName = file.getFileName().toString();
            if (fileName.equals("module.yaml") || fileName.equals("quiz.yaml") || packages.contains(fileName)) {
                continue;
            }
            String stem = fileName.replaceFirst("\\.(da|en)\\.md$", "");
            if (stem.equals(fileName)) {
                reader.report(new Problem(reader.name(file), 1, "module.unexpectedFile"));
            } else if (!listed.contains(stem)) {
                reader.report(new Problem(reader.name(file), 1, "module.unlistedLesson"));
            }
        }
    }

}
