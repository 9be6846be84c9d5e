package dk.samskab.xapi;

import static dk.samskab.xapi.LrsCalls.newClient;
import static dk.samskab.xapi.LrsCalls.sendBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.xapi.LrsCalls.Client;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statements with attachment data over HTTP (Communication 1.5.2): sent as multipart/mixed, refused
 * when data is missing, surplus or does not match its hash, and given back with the statement when
 * a GET asks for attachments.
 */
class LrsAttachmentsIT {

    private static final String BOUNDARY = "kursusbevis-graense";
    private static Client client;

    @BeforeAll
    static void anLrsClientIsRegistered() throws SQLException {
        client = newClient("Bilag");
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static JsonObject statement(String id, byte[] data) throws Exception {
        return Json.createObjectBuilder().add("id", id)
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:hanne@example.dk"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/completed"))
                .add("object", Json.createObjectBuilder().add("id", "https://samskab.dk/kurser/FRI-001"))
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("usageType", "https://samskab.dk/xapi/attachments/certifikat")
                        .add("display", Json.createObjectBuilder().add("da-DK", "Kursusbevis"))
                        .add("contentType", "application/pdf").add("length", data.length).add("sha2", sha256(data))))
                .build();
    }

    /** A multipart/mixed body: the statement, then each part with its own hash header. */
    private static byte[] multipart(JsonObject statement, List<byte[]> parts, List<String> hashes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + statement).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < parts.size(); i++) {
            body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\n"
                    + "X-Experience-API-Hash: " + hashes.get(i) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(parts.get(i));
        }
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static HttpResponse<byte[]> post(byte[] body, String contentType) {
        return sendBytes("POST", "/xapi/statements", body, client.headers("Content-Type", contentType));
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void attachmentDataIsTakenAsMultipartAndGivenBackWithItsStatement() throws Exception {
        byte[] pdf = ("%PDF-1.7\n" + "Kursusbevis for Hanne\n").getBytes(StandardCharsets.UTF_8);
        pdf[pdf.length - 1] = (byte) 0xe6;
        String id = UUID.randomUUID().toString();
        JsonObject statement = statement(id, pdf);
        String type = "multipart/mixed; boundary=\"" + BOUNDARY + "\"";

        HttpResponse<byte[]> withoutData = post(statement.toString().getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(400, withoutData.statusCode());
        assertTrue(text(withoutData).contains("fileUrl"), text(withoutData));
        HttpResponse<byte[]> wrongHash = post(multipart(statement, List.of(pdf), List.of(sha256("andet".getBytes()))), type);
        assertEquals(400, wrongHash.statusCode(), text(wrongHash));
        byte[] other = "et andet bilag".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> surplus = post(multipart(statement, List.of(pdf, other), List.of(sha256(pdf), sha256(other))), type);
        assertEquals(400, surplus.statusCode(), text(surplus));
        assertEquals(404, sendBytes("GET", "/xapi/statements?statementId=" + id, null, client.headers()).statusCode(), "nothing stored");

        HttpResponse<byte[]> stored = post(multipart(statement, List.of(pdf), List.of(sha256(pdf))), type);
        assertEquals(200, stored.statusCode(), text(stored));
        HttpResponse<byte[]> read = sendBytes("GET", "/xapi/statements?statementId=" + id + "&attachments=true", null, client.headers());
        assertEquals(200, read.statusCode());
        String answerType = read.headers().firstValue("Content-Type").orElseThrow();
        assertTrue(answerType.startsWith("multipart/mixed"), answerType);
        MultipartMixed.Read parts = MultipartMixed.read(answerType, read.body());
        assertEquals(id, ((JsonObject) StrictJson.read(parts.statements())).getString("id"));
        assertEquals(1, parts.parts().size());
        assertArrayEquals(pdf, parts.parts().get(0).content(), "the data comes back byte for byte");

        HttpResponse<byte[]> plain = sendBytes("GET", "/xapi/statements?statementId=" + id, null, client.headers());
        assertTrue(plain.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void attachmentDataOverTheLimitIsRefusedWith413() throws Exception {
        byte[] large = new byte[1100 * 1024];
        HttpResponse<byte[]> refused = post(multipart(statement(UUID.randomUUID().toString(), large), List.of(large),
                List.of(sha256(large))), "multipart/mixed; boundary=" + BOUNDARY);
        assertEquals(413, refused.statusCode());
    }
}
