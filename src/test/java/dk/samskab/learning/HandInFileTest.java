package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HandInFileTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    private static LearningException.Reason refusal(String name, byte[] content) {
        return assertThrows(LearningException.class, () -> HandInFile.of(name, content)).reason();
    }

    @Test
    void acceptsAPdfByNameAndContent() {
        HandInFile file = HandInFile.of("synopsis.PDF", PDF);
        assertEquals(HandInFile.Type.PDF, file.type());
        assertEquals("application/pdf", file.type().mediaType());
        assertEquals("synopsis.PDF", file.name());
    }

    @Test
    void refusesAProgramRenamedToPdf() {
        byte[] windowsProgram = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertEquals(LearningException.Reason.FILE_TYPE_NOT_ALLOWED, refusal("synopsis.pdf", windowsProgram));
    }

    @Test
    void refusesTypesOutsideTheList() {
        assertEquals(LearningException.Reason.FILE_TYPE_NOT_ALLOWED, refusal("side.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(LearningException.Reason.FILE_TYPE_NOT_ALLOWED, refusal("uden-endelse", PDF));
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertEquals(LearningException.Reason.FILE_EMPTY, refusal("tom.pdf", new byte[0]));
        byte[] big = Arrays.copyOf(PDF, HandInFile.MAX_BYTES + 1);
        assertEquals(LearningException.Reason.FILE_TOO_LARGE, refusal("stor.pdf", big));
    }

    @Test
    void acceptsUtf8TextButNotBinaryCalledText() {
        assertEquals(HandInFile.Type.TXT, HandInFile.of("noter.txt", "Æbler og pærer".getBytes(StandardCharsets.UTF_8)).type());
        assertEquals(LearningException.Reason.FILE_TYPE_NOT_ALLOWED, refusal("noter.txt", new byte[] {'a', 0, 'b'}));
        assertEquals(LearningException.Reason.FILE_TYPE_NOT_ALLOWED, refusal("noter.txt", new byte[] {(byte) 0xc3, (byte) 0x28}));
    }

    @Test
    void tellsOpenDocumentFromOtherZipFiles() {
        byte[] header = new byte[120];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, header, 0, 4);
        byte[] mime = "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mime, 0, header, 30, mime.length);
        assertEquals(HandInFile.Type.ODT, HandInFile.of("opgave.odt", header).type());
        byte[] spreadsheet = header.clone();
        byte[] ods = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ods, 0, spreadsheet, 30, ods.length);
        assertEquals(LearningException.Reason.FILE_TYPE_NOT_ALLOWED, refusal("opgave.odt", spreadsheet));
    }

    @Test
    void keepsOnlyTheLastPartOfTheNameWithoutControlCharacters() {
        assertEquals("synopsis.pdf", HandInFile.of("C:\\Users\\mette\\synopsis.pdf", PDF).name());
        assertEquals("evil.pdf", HandInFile.of("../../etc/evil\r\n\".pdf", PDF).name().replace("\"", ""));
        assertEquals("evil.pdf", HandInFile.of("../../etc/evil\r\n.pdf", PDF).name());
    }

    @Test
    void dropsDirectionOverridesSoTheNameReadsAsItIsStored() {
        // Shown with its override, "rapport\u202Egnp.txt" reads as "rapporttxt.png" to the instructor.
        String name = HandInFile.of("rapport\u202Egnp.txt", "Tekst".getBytes(StandardCharsets.UTF_8)).name();
        assertEquals("rapportgnp.txt", name);
        for (String hidden : new String[] {"\u202A", "\u202B", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200E", "\u200F", "\u061C", "\u200B", "\uFEFF", "\u2028"}) {
            assertEquals("note.txt", HandInFile.of("no" + hidden + "te.txt", "Tekst".getBytes(StandardCharsets.UTF_8)).name(),
                    "U+" + Integer.toHexString(hidden.charAt(0)));
        }
    }
}
