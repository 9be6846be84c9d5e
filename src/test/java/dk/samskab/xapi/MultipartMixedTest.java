package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing statement requests with attachment data (Communication 1.5.2). */
class MultipartMixedTest {

    private static String sha(String algorithm, byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    }

    @Test
    void whatIsWrittenReadsBackWithBinaryDataIntact() throws Exception {
        byte[] data = {0, '\r', '\n', '-', '-', 'c', (byte) 0xff, '\r', '\n'};
        AttachmentPart part = new AttachmentPart(sha("SHA-256", data).toUpperCase(), "image/png", data);
        byte[] body = MultipartMixed.write("b", "[{\"id\":1}]", List.of(part));
        MultipartMixed.Read read = MultipartMixed.read("multipart/mixed; boundary=b", body);
        assertEquals("[{\"id\":1}]", read.statements());
        assertEquals(1, read.parts().size());
        assertArrayEquals(data, read.parts().get(0).content());
        assertEquals(sha("SHA-256", data), read.parts().get(0).sha2(), "hashes are compared in lower case");
    }

    @Test
    void aSha512HashIsCheckedAsSha512() throws Exception {
        byte[] data = "bilag".getBytes(StandardCharsets.UTF_8);
        byte[] body = MultipartMixed.write("x", "{}", List.of(new AttachmentPart(sha("SHA-512", data), "text/plain", data)));
        assertEquals(1, MultipartMixed.read("multipart/mixed; boundary=x", body).parts().size());
    }

    @Test
    void malformedBodiesAreRefusedWithTheReason() throws Exception {
        byte[] data = "bilag".getBytes(StandardCharsets.UTF_8);
        String noEncoding = "--x\r\nContent-Type: application/json\r\n\r\n{}\r\n--x\r\nContent-Type: text/plain\r\nX-Experience-API-Hash: "
                + sha("SHA-256", data) + "\r\n\r\nbilag\r\n--x--\r\n";
        assertTrue(refusal("multipart/mixed; boundary=x", noEncoding).contains("binary"));
        assertTrue(refusal("multipart/mixed", "--x\r\n\r\n{}\r\n--x--").contains("boundary"));
        assertTrue(refusal("multipart/mixed; boundary=x", "--x\r\nContent-Type: text/plain\r\n\r\n{}\r\n--x--\r\n").contains("application/json"));
        assertTrue(refusal("multipart/mixed; boundary=x", "--x\r\nContent-Type: application/json\r\n\r\n{}").contains("closing boundary"));
        String wrongHash = "--x\r\nContent-Type: application/json\r\n\r\n{}\r\n--x\r\nContent-Type: text/plain\r\n"
                + "Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + "0".repeat(64) + "\r\n\r\nbilag\r\n--x--\r\n";
        assertTrue(refusal("multipart/mixed; boundary=x", wrongHash).contains("SHA-2"));
    }

    private static String refusal(String contentType, String body) {
        return assertThrows(LrsRefusal.class, () -> MultipartMixed.read(contentType, body.getBytes(StandardCharsets.UTF_8))).getMessage();
    }
}
