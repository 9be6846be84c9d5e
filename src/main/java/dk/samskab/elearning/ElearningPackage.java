package dk.samskab.elearning;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An accepted package: what it is, what it launches, and its files as unpacked. The files are
 * kept as bytes because the storage layer writes exactly these, already checked, and never
 * unpacks the upload a second time (a zip's local entries and its central directory may disagree).
 *
 * @param standard    the standard the package follows
 * @param edition     "1.2", "2004 2nd Edition", "2004 3rd Edition", "2004 4th Edition", "cmi5" or "tincan"
 * @param identifier  the manifest's identifier, the cmi5 course id or the Tin Can activity id
 * @param title       the organisation's, course's or activity's title
 * @param items       what can be launched, in the package's order (SCORM: the default organisation's items
 *                    with a resource, nested items in document order)
 * @param controlMode SCORM 2004 only: the organisation root's control mode; null when the manifest gives none
 * @param files       every file of the package by its path (folders left out), sorted by path
 */
public record ElearningPackage(PackageStandard standard, String edition, String identifier, String title,
        List<LaunchItem> items, ControlMode controlMode, Map<String, byte[]> files) {

    public ElearningPackage {
        items = List.copyOf(items);
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The unpacked size, what the package takes up in storage. */
    public long unpackedBytes() {
        return files.values().stream().mapToLong(bytes -> bytes.length).sum();
    }

    /**
     * SHA-256 over the files' paths and bytes in path order: the same package gives the same hash
     * whatever zip tool packed it, so an exported course's package is recognised when imported again.
     */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(file.getValue().length).array());
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
