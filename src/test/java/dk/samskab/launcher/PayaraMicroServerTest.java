package dk.samskab.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroServerTest {

    @Test
    void theFirstStartWritesTheClassArchiveOnTheWayOutAndLaterStartsReadIt(@TempDir Path dir) throws IOException {
        File archive = dir.resolve(PayaraMicroServer.CLASS_ARCHIVE).toFile();
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + archive.getAbsolutePath()),
                PayaraMicroServer.classArchiveOptions(archive));

        Files.writeString(archive.toPath(), "written by the JVM at exit");

        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.getAbsolutePath()),
                PayaraMicroServer.classArchiveOptions(archive));
    }
}
