package dk.samskab.elearning;

import static dk.samskab.elearning.PackageProblem.Reason.DUPLICATE_ENTRY;
import static dk.samskab.elearning.PackageProblem.Reason.ENTRY_TOO_LARGE;
import static dk.samskab.elearning.PackageProblem.Reason.TOO_MANY_ENTRIES;
import static dk.samskab.elearning.PackageProblem.Reason.UNPACKS_TOO_LARGE;
import static dk.samskab.elearning.PackageProblem.Reason.UNREADABLE_ZIP;
import static dk.samskab.elearning.PackageProblem.Reason.UNSAFE_PATH;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a package zip into memory, the way content.CourseZip unpacks a course: every entry's
 * name is checked (no absolute paths, no way out of the package), entries are counted, and bytes
 * are counted as they are inflated, so a zip bomb's headers cannot lie about its size. Unsafe
 * entries are read through and counted too (skipping one still inflates it) but never kept.
 * CourseZip's own unpacking writes to a folder with fixed limits, so it cannot be reused here.
 */
final class PackageZip {

    /** The files by path, the problems found, and whether every entry was read (false once a limit stopped it). */
    record Result(Map<String, byte[]> files, List<PackageProblem> problems, boolean complete) {
    }

    // Old Windows tools name entries in the DOS code page without flagging it; Danish letters then are not UTF-8.
    private static final Charset DOS_NAMES = Charset.forName("IBM437");

    private PackageZip() {
    }

    static Result read(byte[] zip, PackageInspector.Limits limits) {
        try {
            return read(zip, limits, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8Name) {
            return read(zip, limits, DOS_NAMES);
        }
    }

    private static Result read(byte[] zip, PackageInspector.Limits limits, Charset names) {
        Map<String, byte[]> files = new TreeMap<>();
        List<PackageProblem> problems = new ArrayList<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    problems.add(PackageProblem.ofPackage(TOO_MANY_ENTRIES, limits.maxEntries()));
                    return new Result(files, problems, false);
                }
                String name = entry.getName();
                byte[] content = readAtMost(in, limits.maxEntryBytes());
                if (content == null) {
                    problems.add(PackageProblem.at(ENTRY_TOO_LARGE, name, 0, size(limits.maxEntryBytes())));
                    return new Result(files, problems, false);
                }
                unpacked += content.length;
                if (unpacked > limits.maxUnpackedBytes()) {
                    problems.add(PackageProblem.ofPackage(UNPACKS_TOO_LARGE, size(limits.maxUnpackedBytes())));
                    return new Result(files, problems, false);
                }
                if (!isSafe(name)) {
                    problems.add(PackageProblem.at(UNSAFE_PATH, name, 0));
                } else if (!entry.isDirectory() && files.put(name, content) != null) {
                    problems.add(PackageProblem.at(DUPLICATE_ENTRY, name, 0));
                }
            }
        } catch (IOException e) {
            // Not a zip, truncated, encrypted, or an entry the JDK cannot read: nothing in it can be trusted.
            return new Result(Map.of(), List.of(PackageProblem.ofPackage(UNREADABLE_ZIP)), false);
        }
        if (entries == 0) {
            // ZipInputStream reads any other file as a zip without entries.
            return new Result(Map.of(), List.of(PackageProblem.ofPackage(UNREADABLE_ZIP)), false);
        }
        return new Result(files, problems, true);
    }

    /**
     * A name that stays inside the package whatever the later storage does with it: relative, with
     * no empty, "." or ".." segments, no backslashes (a separator on Windows), no drive letter and
     * no control characters.
     */
    static boolean isSafe(String name) {
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The entry's bytes, counted as they are inflated; null as soon as there are more than limit. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** A limit as a reader would write it: 200 MB, 64 KB or 1000 B. */
    static String size(long bytes) {
        long kb = 1024;
        long mb = kb * kb;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes >= kb && bytes % kb == 0 ? bytes / kb + " KB" : bytes + " B";
    }
}
