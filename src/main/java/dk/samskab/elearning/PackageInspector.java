package dk.samskab.elearning;

import static dk.samskab.elearning.PackageProblem.Reason.MANIFEST_NOT_AT_ROOT;
import static dk.samskab.elearning.PackageProblem.Reason.NO_MANIFEST;
import static dk.samskab.elearning.PackageProblem.Reason.ZIP_TOO_LARGE;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an uploaded e-learning package and says what it is and what it launches, or refuses it
 * with every problem found. The zip is unpacked in memory within the limits; the file at the top
 * of the package decides the standard: cmi5.xml, else imsmanifest.xml, else tincan.xml (cmi5
 * first because it is the one made for an LMS; a package with both is a cmi5 course that also
 * carries an older description).
 */
public final class PackageInspector {

    /**
     * How large a package may be. Each is checked as the bytes arrive, never from what the zip's
     * headers claim.
     *
     * @param maxZipBytes      the upload itself
     * @param maxUnpackedBytes all files together, unpacked
     * @param maxEntries       files and folders in the zip
     * @param maxEntryBytes    one file, unpacked
     */
    public record Limits(long maxZipBytes, long maxUnpackedBytes, int maxEntries, long maxEntryBytes) {

        private static final long MB = 1024L * 1024;

        /** Room for video-heavy courses, still far from what a server's memory cannot hold. */
        public static final Limits DEFAULT = new Limits(200 * MB, 500 * MB, 10_000, 200 * MB);

        public Limits {
            if (maxZipBytes <= 0 || maxUnpackedBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
            if (maxZipBytes >= Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the zip is held in one array; at most 2 GB");
            }
        }
    }

    private final Limits limits;

    public PackageInspector() {
        this(Limits.DEFAULT);
    }

    public PackageInspector(Limits limits) {
        this.limits = limits;
    }

    /**
     * The package in the zip, or a refusal with its problems.
     *
     * @throws IOException when the upload cannot be read (not the package's fault)
     */
    public ElearningPackage inspect(InputStream zip) throws IOException, PackageRefusedException {
        byte[] bytes = zip.readNBytes((int) limits.maxZipBytes() + 1);
        if (bytes.length > limits.maxZipBytes()) {
            throw new PackageRefusedException(List.of(PackageProblem.ofPackage(ZIP_TOO_LARGE, PackageZip.size(limits.maxZipBytes()))));
        }
        PackageZip.Result unpacked = PackageZip.read(bytes, limits);
        if (!unpacked.complete()) {
            // Without all files, checking the manifest would only add false "file missing" problems.
            throw new PackageRefusedException(unpacked.problems());
        }
        List<PackageProblem> problems = new ArrayList<>(unpacked.problems());
        ElearningPackage found = describe(unpacked.files(), problems);
        if (!problems.isEmpty() || found == null) {
            // In reading order: the package's own problems, then file by file, line by line.
            problems.sort(Comparator.comparing(PackageProblem::file, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingInt(PackageProblem::line));
            throw new PackageRefusedException(problems);
        }
        return found;
    }

    private static ElearningPackage describe(Map<String, byte[]> files, List<PackageProblem> problems) {
        if (files.containsKey(Cmi5Reader.MANIFEST)) {
            return new Cmi5Reader(files, problems).read();
        }
        if (files.containsKey(ScormReader.MANIFEST)) {
            return new ScormReader(files, problems).read();
        }
        if (files.containsKey(TinCanReader.MANIFEST)) {
            return new TinCanReader(files, problems).read();
        }
        Optional<String> nested = files.keySet().stream().filter(PackageInspector::isManifest)
                .min(Comparator.comparingInt((String path) -> path.split("/").length).thenComparing(path -> path));
        problems.add(nested.map(path -> PackageProblem.at(MANIFEST_NOT_AT_ROOT, path, 0, path.substring(0, path.lastIndexOf('/') + 1)))
                .orElse(PackageProblem.ofPackage(NO_MANIFEST)));
        return null;
    }

    private static boolean isManifest(String path) {
        return path.endsWith("/" + ScormReader.MANIFEST) || path.endsWith("/" + Cmi5Reader.MANIFEST)
                || path.endsWith("/" + TinCanReader.MANIFEST);
    }
}
