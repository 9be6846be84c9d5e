package dk.samskab.learning;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A file handed in with a task, checked before it is stored: within the size limit, and of an
 * allowed type by both its name and its first bytes, so a renamed program is not accepted as a PDF.
 */
public record HandInFile(String name, Type type, byte[] content) {

    /** Largest file accepted: a synopsis with a few pictures fits well within it. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The kinds of document a learner may hand in. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        TXT("text/plain; charset=UTF-8", "txt"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg");

        private final String mediaType;
        private final String[] extensions;

        Type(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = extensions;
        }

        public String mediaType() {
            return mediaType;
        }

        static Optional<Type> byName(String fileName) {
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
        }

        boolean matches(byte[] bytes) {
            return switch (this) {
                case PDF -> startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII));
                case DOCX -> startsWith(bytes, ZIP);
                case ODT -> startsWith(bytes, ZIP) && bytes.length > 90 && new String(bytes, 30, 60,
                        StandardCharsets.US_ASCII).startsWith("mimetypeapplication/vnd.oasis.opendocument.text");
                case PNG -> startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
                case JPEG -> startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
                case TXT -> isUtf8Text(bytes);
            };
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** Checks an uploaded file; the name is reduced to its last part without control characters. */
    public static HandInFile of(String submittedName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new LearningException(LearningException.Reason.FILE_EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new LearningException(LearningException.Reason.FILE_TOO_LARGE);
        }
        String name = cleanName(submittedName);
        Type type = Type.byName(name).filter(t -> t.matches(content))
                .orElseThrow(() -> new LearningException(LearningException.Reason.FILE_TYPE_NOT_ALLOWED));
        return new HandInFile(name, type, content);
    }

    static String cleanName(String submittedName) {
        String name = submittedName == null ? "" : submittedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Control and format characters (among them the right-to-left override that shows
        // "gnp.html.txt" as "txt.lmth.png") are dropped, so the name reads as it is stored.
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isUtf8Text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
