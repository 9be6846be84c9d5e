package dk.samskab.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading the files of a course folder: strict UTF-8 text, and folder listings in name order. */
final class ContentFiles {

    private ContentFiles() {
    }

    /** The file's text, or null with a problem if it is not UTF-8 or cannot be read. */
    static String readUtf8(Path file, String name, List<Problem> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 1, "file.notUtf8"));
        } catch (IOException e) {
            problems.add(new Problem(name, 1, "file.unreadable", e.getMessage()));
        }
        return null;
    }

    static List<Path> children(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
