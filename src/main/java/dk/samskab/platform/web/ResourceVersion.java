package dk.samskab.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The version in the address of the application's own style sheets and scripts: a checksum of
 * their contents, so that browsers may keep them for a year and still fetch a changed file the
 * moment a release changes it (and only then).
 */
@Named
@ApplicationScoped
public class ResourceVersion {

    private static final String ROOT = "/resources/";

    @Inject
    ServletContext servletContext;

    private String value;

    public synchronized String getValue() {
        if (value == null) {
            CRC32 checksum = new CRC32();
            for (String path : files(ROOT, new TreeSet<>())) {
                checksum.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = servletContext.getResourceAsStream(path)) {
                    if (in != null) {
                        checksum.update(in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + path, e);
                }
            }
            value = Long.toString(checksum.getValue(), 36);
        }
        return value;
    }

    private Set<String> files(String folder, Set<String> into) {
        Set<String> entries = servletContext.getResourcePaths(folder);
        if (entries != null) {
            for (String entry : entries) {
                if (entry.endsWith("/")) {
                    files(entry, into);
                } else {
                    into.add(entry);
                }
            }
        }
        return into;
    }
}
