package dk.samskab.content;

import dk.samskab.catalogue.CourseDocument;
import dk.samskab.platform.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a course's documents/ folder: bilingual Markdown documents that are not lessons
 * (teacher's guides, templates, example assignments, handouts), each as NN-slug.da.md and
 * NN-slug.en.md with a title and a kind in the front matter.
 */
final class DocumentReader {

    static final String FOLDER = "documents";

    private final CourseFolderReader reader;

    DocumentReader(CourseFolderReader reader) {
        this.reader = reader;
    }

    /** The documents in name order; empty when the folder is absent; null when any is broken. */
    List<CourseDocument> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Map<String, List<Path>> byStem = new LinkedHashMap<>();
        for (Path file : ContentFiles.children(folder)) {
            String fileName = file.getFileName().toString();
            String stem = fileName.replaceFirst("\\.(da|en)\\.md$", "");
            if (Files.isDirectory(file) || stem.equals(fileName)) {
                reader.report(new Problem(reader.name(file), 1,
                        "documents.unexpectedFile"));
            } else if (!stem.matches(CourseFolderReader.NAME_PATTERN)) {
                reader.report(new Problem(reader.name(file), 1,
                        "documents.fileName"));
            } else {
                byStem.computeIfAbsent(stem, s -> new ArrayList<>()).add(file);
            }
        }
        List<CourseDocument> documents = new ArrayList<>();
        boolean broken = false;
        for (String stem : byStem.keySet()) {
            CourseDocument document = read(folder, stem, "documents[" + documents.size() + "]");
            if (document == null) {
                broken = true;
            } else {
                documents.add(document);
            }
        }
        return broken ? null : documents;
    }

    private CourseDocument read(Path folder, String stem, String path) {
        Path daFile = folder.resolve(stem + ".da.md");
        Path enFile = folder.resolve(stem + ".en.md");
        if (!Files.isRegularFile(daFile) || !Files.isRegularFile(enFile)) {
            Path present = Files.isRegularFile(daFile) ? daFile : enFile;
            reader.report(new Problem(reader.name(present), 1,
                    Files.isRegularFile(daFile) ? "documents.noEnglish" : "documents.noDanish",
                    (Files.isRegularFile(daFile) ? enFile : daFile).getFileName()));
            return null;
        }
        CourseFolderReader.MarkdownFile da = reader.readMarkdown(daFile, null, "documents.noDanish", "title", "kind");
        CourseFolderReader.MarkdownFile en = reader.readMarkdown(enFile, null, "documents.noEnglish", "title", "kind");
        if (da == null || en == null) {
            return null;
        }
        CourseDocument.Kind kind = da.front().enumValue("kind", CourseDocument.Kind.class, true);
        CourseDocument.Kind enKind = en.front().enumValue("kind", CourseDocument.Kind.class, true);
        if (kind == null || enKind == null) {
            return null;
        }
        if (kind != enKind) {
            reader.report(new Problem(en.file(), en.front().lineOf("kind"), "documents.kindDiffers", enKind.code(),
                    kind.code()));
            return null;
        }
        reader.sources().record(path, da.file(), 1);
        reader.sources().record(path + ".body.da", da.file(), da.bodyLine());
        reader.sources().record(path + ".body.en", en.file(), en.bodyLine());
        return new CourseDocument(stem, kind, new Text(da.title(), en.title()), new Text(da.body(), en.body()));
    }
}
