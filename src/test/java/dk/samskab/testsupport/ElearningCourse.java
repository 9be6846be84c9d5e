package dk.samskab.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A course for the e-learning tests, zipped in the course-content format as an instructor uploads
 * it: the shipped FRI-001 under the code ELR-101, with nine package lessons added. Module 01 gets
 * Rustici's Golf sample for SCORM 1.2 and for SCORM 2004 3rd edition and three SCOs in forced
 * sequential order, and Golf's two content-packaging samples, whose SCO never speaks to the run-time;
 * module 02 Samskab's own SCORM 1.2 exercise "Tavshed i praksis" (mastery score 80),
 * ADL's cmi5 sample course with a mastery score of 0.3, a minimal Tin Can package and ADL's basic cmi5
 * sample (no mastery score, resumes at its bookmark).
 */
public final class ElearningCourse {

    public static final String CODE = "ELR-101";
    public static final String MODULE_1 = "01-kommunen-og-dig";
    public static final String MODULE_2 = "02-roller-rammer-og-tavshed";
    public static final String GOLF_12 = "04-golf-scorm-12";
    public static final String GOLF_2004 = "05-golf-scorm-2004";
    public static final String TAVSHED = "04-tavshed-i-praksis";
    public static final String STEPS = "06-tre-trin";
    public static final String SILENT_12 = "07-golf-uden-melding-scorm-12";
    public static final String SILENT_2004 = "08-golf-uden-melding-scorm-2004";
    public static final String GEOLOGY = "05-geologi-cmi5";
    public static final String TIN_CAN = "06-tin-can";
    public static final String GEOLOGY_BASICS = "07-geologi-grundkursus";

    private static final Path SOURCE = Path.of("course-content/frivillig-i-samarbejde-med-kommunen");
    private static final Path ELEARNING = Path.of("src/test/resources/elearning");

    private ElearningCourse() {
    }

    /** The course zip, written to a temporary file for the browser's file input. */
    public static Path zipFile() {
        try {
            Path zip = Files.createTempFile("elr-101", ".zip");
            try (OutputStream out = Files.newOutputStream(zip)) {
                out.write(zip());
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(SOURCE)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(SOURCE.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            edit(files, "course.yaml", text -> text.replace("code: FRI-001", "code: " + CODE)
                    .replace("da: Frivillig i samarbejde med kommunen", "da: E-læring for frivillige")
                    .replace("en: Volunteering in partnership with the municipality", "en: E-learning for volunteers")
                    .replace("workload_hours: 2.75", "workload_hours: 3.25")
                    .replaceFirst("kind: online_lessons\n    hours: 1.5", "kind: online_lessons\n    hours: 2"));
            addLesson(files, MODULE_1, GOLF_12, zip(folder("scorm12/RuntimeBasicCalls_SCORM12")), "Golf forklaret",
                    "Golf explained", 3);
            addLesson(files, MODULE_1, GOLF_2004, zip(folder("scorm2004/RuntimeBasicCalls_SCORM20043rdEdition")),
                    "Golf forklaret, SCORM 2004", "Golf explained, SCORM 2004", 3);
            addLesson(files, MODULE_1, STEPS, zip(folder("samskab/tre-trin")), "Tre trin i rækkefølge", "Three steps in order", 3);
            addLesson(files, MODULE_1, SILENT_12, zip(folder("scorm12/ContentPackagingSingleSCO_SCORM12")),
                    "Golf uden melding, SCORM 1.2", "Golf without reporting, SCORM 1.2", 1);
            addLesson(files, MODULE_1, SILENT_2004, zip(folder("scorm2004/ContentPackagingSingleSCO_SCORM20042ndEdition")),
                    "Golf uden melding, SCORM 2004", "Golf without reporting, SCORM 2004", 1);
            files.put(MODULE_2 + "/" + TAVSHED + ".da.md", Files.readAllBytes(ELEARNING.resolve("samskab/" + TAVSHED + ".da.md")));
            files.put(MODULE_2 + "/" + TAVSHED + ".en.md", Files.readAllBytes(ELEARNING.resolve("samskab/" + TAVSHED + ".en.md")));
            listLesson(files, MODULE_2, TAVSHED, zip(folder("samskab/tavshed-i-praksis")), 11, 10);
            addLesson(files, MODULE_2, GEOLOGY, Files.readAllBytes(ELEARNING.resolve("cmi5/masteryscore_responsive.zip")),
                    "Geologi, et cmi5-kursus", "Geology, a cmi5 course", 3);
            addLesson(files, MODULE_2, TIN_CAN, zip(folder("xapi/basic_course")), "Et Tin Can-kursus", "A Tin Can course", 2);
            addLesson(files, MODULE_2, GEOLOGY_BASICS, Files.readAllBytes(ELEARNING.resolve("cmi5/single_au_basic_responsive.zip")),
                    "Geologi, grundkursus i cmi5", "Geology basics in cmi5", 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        files.forEach((name, content) -> inFolder.put("elr-101/" + name, content));
        return zip(inFolder);
    }

    /** A package lesson with a short introduction; the package's time is stated as the lesson's activity. */
    private static void addLesson(Map<String, byte[]> files, String module, String lesson, byte[] zip, String titleDa,
            String titleEn, int minutes) {
        files.put(module + "/" + lesson + ".da.md", ("---\ntitle: " + titleDa + "\n---\n\nGennemgå e-læringen herunder."
                + " Den tæller som gennemført, når du har nået til enden af den.\n").getBytes(StandardCharsets.UTF_8));
        files.put(module + "/" + lesson + ".en.md", ("---\ntitle: " + titleEn + "\n---\n\nWork through the e-learning below."
                + " It counts as done once you have reached its end.\n").getBytes(StandardCharsets.UTF_8));
        listLesson(files, module, lesson, zip, minutes, minutes);
    }

    private static void listLesson(Map<String, byte[]> files, String module, String lesson, byte[] zip, int minutes,
            int activityMinutes) {
        files.put(module + "/" + lesson + ".zip", zip);
        edit(files, module + "/module.yaml", text -> text.replace("reflection:\n", "  - file: " + lesson + "\n    minutes: "
                + minutes + "\n    required: true\n    package: " + lesson + ".zip\n    activities:\n      - minutes: "
                + activityMinutes + "\n        what:\n          da: Gennemfør e-læringen\n          en: Complete the e-learning\n"
                + "reflection:\n"));
    }

    private static void edit(Map<String, byte[]> files, String name, java.util.function.UnaryOperator<String> change) {
        String before = new String(files.get(name), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException(name + " did not change; the shipped course has moved on");
        }
        files.put(name, after.getBytes(StandardCharsets.UTF_8));
    }

    /** A package folder of the fixtures, by its path under src/test/resources/elearning. */
    public static Map<String, byte[]> folder(String path) {
        Path root = ELEARNING.resolve(path);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<String> lessons() {
        return List.of(MODULE_1 + "/" + GOLF_12, MODULE_1 + "/" + GOLF_2004, MODULE_1 + "/" + STEPS, MODULE_1 + "/" + SILENT_12,
                MODULE_1 + "/" + SILENT_2004, MODULE_2 + "/" + TAVSHED,
                MODULE_2 + "/" + GEOLOGY, MODULE_2 + "/" + TIN_CAN, MODULE_2 + "/" + GEOLOGY_BASICS);
    }
}
