package dk.samskab.xapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement request in multipart/mixed (Communication 1.5.2): the first part the statements as
 * application/json, each further part one attachment's data with Content-Transfer-Encoding binary
 * and its hash in X-Experience-API-Hash, which must be the SHA-2 (256, 384 or 512) of its bytes.
 * Reads the parts, and writes them for an answer with attachments.
 */
public final class MultipartMixed {

    /** The statements' JSON and the attachment parts that came with them. */
    public record Read(String statements, List<AttachmentPart> parts) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final byte[] CRLF = {'\r', '\n'};

    private MultipartMixed() {
    }

    /** @throws LrsRefusal 400 when the body is not multipart/mixed as xAPI has it */
    public static Read read(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            throw LrsRefusal.badRequest("a multipart/mixed request names its boundary in the Content-Type");
        }
        byte[] delimiter = ("--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2))).getBytes(StandardCharsets.US_ASCII);
        List<byte[]> parts = split(body, delimiter);
        if (parts.isEmpty()) {
            throw LrsRefusal.badRequest("the multipart/mixed body has no parts");
        }
        Part first = part(parts.get(0));
        if (!mediaType(first.headers().get("content-type")).equals("application/json")) {
            throw LrsRefusal.badRequest("the first part of a multipart/mixed request holds the statements as application/json");
        }
        List<AttachmentPart> attachments = new ArrayList<>();
        for (byte[] raw : parts.subList(1, parts.size())) {
            Part part = part(raw);
            String hash = part.headers().get("x-experience-api-hash");
            String type = part.headers().get("content-type");
            if (hash == null || type == null) {
                throw LrsRefusal.badRequest("each attachment part has a Content-Type and an X-Experience-API-Hash");
            }
            if (!"binary".equalsIgnoreCase(part.headers().getOrDefault("content-transfer-encoding", "").strip())) {
                throw LrsRefusal.badRequest("each attachment part has Content-Transfer-Encoding: binary");
            }
            if (!hash.strip().equalsIgnoreCase(sha2(hash.strip().length(), part.content()))) {
                throw LrsRefusal.badRequest("the attachment part with X-Experience-API-Hash " + hash.strip()
                        + " holds other data: the hash must be the SHA-2 of its bytes");
            }
            attachments.add(new AttachmentPart(hash.strip(), type.strip(), part.content()));
        }
        return new Read(new String(first.content(), StandardCharsets.UTF_8), attachments);
    }

    /** An answer with the statements first and then each attachment's data (Communication 1.5.2). */
    public static byte[] write(String boundary, String statements, List<AttachmentPart> attachments) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Type: application/json\r\n\r\n").append(statements);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        for (AttachmentPart attachment : attachments) {
            out.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: " + attachment.contentType()
                    + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + attachment.sha2() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(attachment.content());
        }
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private record Part(Map<String, String> headers, byte[] content) {
    }

    /** The parts between the delimiters, each without the line break that belongs to the delimiter after it. */
    private static List<byte[]> split(byte[] body, byte[] delimiter) {
        List<byte[]> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw LrsRefusal.badRequest("the multipart/mixed body does not contain its boundary");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts;
            }
            start = skipLine(body, start);
            int next = indexOf(body, concat(CRLF, delimiter), start);
            if (next < 0) {
                throw LrsRefusal.badRequest("the multipart/mixed body ends without its closing boundary");
            }
            parts.add(Arrays.copyOfRange(body, start, next));
            at = next + CRLF.length;
        }
    }

    private static Part part(byte[] raw) {
        int end = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'}, 0);
        if (end < 0) {
            throw LrsRefusal.badRequest("a part of the multipart/mixed body has no blank line after its headers");
        }
        Map<String, String> headers = new TreeMap<>();
        for (String line : new String(raw, 0, end, StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return new Part(headers, Arrays.copyOfRange(raw, end + 4, raw.length));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The SHA-2 of the bytes in the length of hex the given hash has; empty for a length no SHA-2 has. */
    private static String sha2(int hexLength, byte[] content) {
        String algorithm = switch (hexLength) {
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        if (algorithm == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + algorithm, e);
        }
    }

    private static int skipLine(byte[] body, int from) {
        int crlf = indexOf(body, CRLF, from);
        return crlf < 0 ? body.length : crlf + CRLF.length;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
