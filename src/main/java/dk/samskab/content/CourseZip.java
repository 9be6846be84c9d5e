package dk.samskab.content;

import dk.samskab.catalogue.CourseDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course as a zip of its course-content folder, both ways. Reading refuses anything unsafe
 * before a single file is written: names that climb out of the folder or are absolute, too many
 * entries, and more bytes than a course can need (counted as they are unpacked, so a zip bomb's
 * headers cannot lie about it).
 */
public final class CourseZip {

    /** Largest zip accepted for upload. */
    public static final int MAX_ZIP_BYTES = 20 * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 5L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;

    private CourseZip() {
    }

    /** The folder inside a course folder that holds its images and attachments. */
    public static final String FILES = "files";

    /** The course's folder, named after its code, zipped. */
    public static byte[] zip(CourseDefinition course) {
        return zip(course, java.util.Map.of());
    }

    /** The course's folder with its images and attachments in files/, zipped. */
    public static byte[] zip(CourseDefinition course, java.util.Map<String, byte[]> files) {
        return zip(course, files, new CourseExporter());
    }

    /** As above, with the course's e-learning packages written beside their lessons. */
    public static byte[] zip(CourseDefinition course, java.util.Map<String, byte[]> files, CourseExporter exporter) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("samskab-export");
            Path root = folder.resolve(course.code().toLowerCase());
            exporter.write(course, root);
            if (!files.isEmpty()) {
                Files.createDirectories(root.resolve(FILES));
                for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
                    Files.write(root.resolve(FILES).resolve(file.getKey()), file.getValue());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> written = Files.walk(root)) {
                for (Path file : written.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /**
     * Unpacks into a temporary folder and reads the course with the importer's own reader and
     * rules. Problems of the zip itself are reported like file problems, at line 1.
     */
    public static CourseFolderReader.Result read(byte[] zip, CourseRules.Providers providers) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("samskab-import");
            List<Problem> problems = unpack(zip, folder);
            if (!problems.isEmpty()) {
                return new CourseFolderReader.Result(null, null, problems);
            }
            Path course = courseFolder(folder);
            if (course == null) {
                return new CourseFolderReader.Result(null, null,
                        List.of(new Problem("zip", 1, "zip.noCourse")));
            }
            return new CourseFolderReader(course.getParent(), providers).read(course);
        } catch (IOException e) {
            return new CourseFolderReader.Result(null, null, List.of(new Problem("zip", 1, "zip.unreadable")));
        } finally {
            delete(folder);
        }
    }

    /**
     * The files in the course folder's files/ folder, by name. Call it only for a zip that
     * read(…) accepted: the entries' paths and sizes are checked there.
     */
    public static java.util.Map<String, byte[]> files(byte[] zip) {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String[] parts = entry.getName().split("/");
                int at = parts.length - 2;
                if (!entry.isDirectory() && at >= 0 && at <= 1 && parts[at].equals(FILES)) {
                    files.put(parts[parts.length - 1], in.readNBytes((int) MAX_ENTRY_BYTES + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<Problem> unpack(byte[] zip, Path target) throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (zip.length > MAX_ZIP_BYTES) {
            return List.of(new Problem("zip", 1, "zip.tooLarge", MAX_ZIP_BYTES / (1024 * 1024)));
        }
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return List.of(new Problem("zip", 1, "zip.tooManyEntries", MAX_ENTRIES));
                }
                String name = entry.getName();
                Path destination = target.resolve(name).normalize();
                if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || !destination.startsWith(target)
                        || destination.equals(target)) {
                    problems.add(new Problem(name, 1, "zip.outside"));
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                long written = copyLimited(in, destination);
                if (written < 0) {
                    return List.of(new Problem(name, 1, "zip.entryTooLarge", MAX_ENTRY_BYTES / (1024 * 1024)));
                }
                unpacked += written;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    return List.of(new Problem("zip", 1, "zip.unpacksTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024)));
                }
            }
        }
        if (entries == 0) {
            problems.add(new Problem("zip", 1, "zip.empty"));
        }
        return problems;
    }

    /** Copies one entry, stopping at the entry limit; -1 when the entry is too large. */
    private static long copyLimited(InputStream in, Path destination) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(destination)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > MAX_ENTRY_BYTES) {
                    return -1;
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private static Path courseFolder(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve("course.yaml"))) {
            return folder;
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> dirs = children.filter(Files::isDirectory).toList();
            return dirs.size() == 1 && Files.isRegularFile(dirs.get(0).resolve("course.yaml")) ? dirs.get(0) : null;
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the system cleans its temp directory.
        }
    }
}
