package dk.samskab.elearning;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samskab.testsupport.ElearningCourse;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Packages for the tests: the fixtures under src/test/resources/elearning, and zips made in memory. */
final class Packages {

    private Packages() {
    }

    /** A fixture folder or zip, by its path under elearning/. */
    static Path fixture(String path) {
        try {
            return Path.of(Packages.class.getResource("/elearning/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture elearning/" + path, e);
        }
    }

    /** A fixture folder's files by their path inside the folder, as a package zip would name them. */
    static Map<String, byte[]> folder(String path) {
        fixture(path);
        return ElearningCourse.folder(path);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        return ElearningCourse.zip(entries);
    }

    /** Path, text, path, text…: a package of small text files. */
    static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    static ElearningPackage accept(byte[] zip) throws Exception {
        return new PackageInspector().inspect(new ByteArrayInputStream(zip));
    }

    static List<PackageProblem> refuse(byte[] zip) {
        return refuse(new PackageInspector(), zip);
    }

    static List<PackageProblem> refuse(PackageInspector inspector, byte[] zip) {
        return assertThrows(PackageRefusedException.class, () -> inspector.inspect(new ByteArrayInputStream(zip))).problems();
    }

    /** The one problem of this reason among those given; fails when there is none or more than one. */
    static PackageProblem only(PackageProblem.Reason reason, List<PackageProblem> problems) {
        List<PackageProblem> found = problems.stream().filter(p -> p.reason() == reason).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + reason + " in " + problems);
        }
        return found.get(0);
    }
}
