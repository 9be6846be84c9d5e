package dk.samskab.elearning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps accepted packages in the database, by the SHA-256 of their files: a package is checked in
 * full before anything is written, and the same package imported again (every start reads the
 * course folders, an exported course carries its packages) finds it already there.
 */
@ApplicationScoped
@Transactional
public class PackageStore {

    private static final long MB = 1024L * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "samskab.elearning.max-package-mb", defaultValue = "100")
    long maxPackageMb;

    /**
     * The stored package of this zip, stored now if it was not already.
     *
     * @throws PackageRefusedException with every problem when the package cannot be used; nothing is stored
     */
    public StoredPackage store(byte[] zip) throws PackageRefusedException {
        return keep(em, inspect(zip));
    }

    /** Stores a package already checked (by the course-folder reader), unless it is stored already. */
    public static StoredPackage keep(EntityManager em, ElearningPackage found) {
        String sha256 = found.contentHash();
        Optional<StoredPackage> known = find(em, sha256);
        if (known.isPresent()) {
            return known.get();
        }
        StoredPackage stored = new StoredPackage(sha256, found);
        em.persist(stored);
        for (Map.Entry<String, byte[]> entry : found.files().entrySet()) {
            StoredFile file = new StoredFile(stored, entry.getKey(), entry.getValue());
            em.persist(file);
            // One file at a time through the connection, and out of the context once written.
            em.flush();
            em.detach(file);
        }
        return stored;
    }

    /** Checks the zip as store would, without storing it. */
    public ElearningPackage inspect(byte[] zip) throws PackageRefusedException {
        try {
            return new PackageInspector(limits()).inspect(new ByteArrayInputStream(zip));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a zip held in memory", e);
        }
    }

    public PackageInspector.Limits limits() {
        long max = Math.max(1, maxPackageMb) * MB;
        PackageInspector.Limits defaults = PackageInspector.Limits.DEFAULT;
        return new PackageInspector.Limits(max, Math.max(defaults.maxUnpackedBytes(), max), defaults.maxEntries(),
                Math.min(defaults.maxEntryBytes(), max));
    }

    public Optional<StoredPackage> find(String sha256) {
        return find(em, sha256);
    }

    public static Optional<StoredPackage> find(EntityManager em, String sha256) {
        return em.createNamedQuery(StoredPackage.BY_SHA256, StoredPackage.class).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    /** One file of a package, by its path inside the package. */
    public Optional<StoredFile> file(String sha256, String path) {
        String pathHash = Sha256.hex(path.getBytes(StandardCharsets.UTF_8));
        return em.createNamedQuery(StoredFile.BY_PATH, StoredFile.class).setParameter("sha256", sha256)
                .setParameter("pathHash", pathHash).getResultStream().findFirst();
    }

    /** The package as a zip again, for a course export: the files exactly as they were accepted. */
    public static byte[] zip(EntityManager em, String sha256) {
        StoredPackage stored = find(em, sha256).orElseThrow(() -> new IllegalArgumentException("no package " + sha256));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (StoredFile file : em.createNamedQuery(StoredFile.OF_PACKAGE, StoredFile.class)
                    .setParameter("storedPackage", stored).getResultList()) {
                zip.putNextEntry(new ZipEntry(file.getPath()));
                zip.write(file.getContent());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
