package dk.samskab.xapi;

import java.util.Locale;
import java.util.Objects;

/**
 * The data of one attachment, as a part of a multipart/mixed statement request carries it
 * (Communication 1.5.2): its media type, bytes and the SHA-2 hash the statement names it by.
 */
public record AttachmentPart(String sha2, String contentType, byte[] content) {

    public AttachmentPart {
        Objects.requireNonNull(sha2, "sha2");
        Objects.requireNonNull(contentType, "contentType");
        sha2 = sha2.toLowerCase(Locale.ROOT);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
