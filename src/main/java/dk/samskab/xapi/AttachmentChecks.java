package dk.samskab.xapi;

import static dk.samskab.xapi.ProblemList.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The rules for a statement's attachments' metadata (Data 2.4.11). */
final class AttachmentChecks {

    private static final Set<String> ATTACHMENT_PROPERTIES = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");

    private final ProblemList problems;

    AttachmentChecks(ProblemList problems) {
        this.problems = problems;
    }

    /** The attachments' metadata, an array of Attachment objects. */
    void attachments(JsonValue value, String path) {
        JsonArray list = problems.array(value, path);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String attachmentPath = at(path, i);
            JsonObject attachment = problems.object(list.get(i), attachmentPath);
            if (attachment != null) {
                attachment(attachment, attachmentPath);
            }
        }
    }

    /** An attachment's metadata (Data 2.4.11); its data, if sent, is checked where the request is read. */
    private void attachment(JsonObject attachment, String path) {
        problems.onlyKnown(attachment, path, ATTACHMENT_PROPERTIES, "an Attachment");
        for (String key : List.of("usageType", "display", "contentType", "length", "sha2")) {
            problems.required(attachment, path, key);
        }
        problems.format(attachment, path, "usageType", Formats::isIri, "an IRI");
        for (String map : List.of("display", "description")) {
            if (attachment.containsKey(map)) {
                problems.languageMap(attachment.get(map), at(path, map));
            }
        }
        problems.format(attachment, path, "contentType", Formats::isMediaType, "an Internet media type such as application/pdf");
        JsonValue length = attachment.get("length");
        if (length != null) {
            JsonNumber number = problems.number(length, at(path, "length"));
            BigDecimal octets = number == null ? null : number.bigDecimalValue();
            if (octets != null && (octets.signum() < 0 || octets.stripTrailingZeros().scale() > 0)) {
                problems.add(at(path, "length"), "must be a whole number of octets, not negative");
            }
        }
        problems.format(attachment, path, "sha2", sha2 -> !sha2.isEmpty(), "the SHA-2 hash of the data");
        problems.format(attachment, path, "fileUrl", Formats::isIrl, "an IRL");
    }
}
