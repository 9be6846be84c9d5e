package dk.samskab.xapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which attachment data statements need, and whether a request brought exactly that (Communication 1.5.2). */
public final class Attachments {

    private Attachments() {
    }

    /** The SHA-2 hashes of the statements' attachments, in lower case; with onlyWithoutUrl, of those that have no fileUrl. */
    public static Set<String> hashes(List<JsonObject> statements, boolean onlyWithoutUrl) {
        Set<String> hashes = new LinkedHashSet<>();
        for (JsonObject statement : statements) {
            if (statement.get("attachments") instanceof JsonArray attachments) {
                for (JsonValue value : attachments) {
                    JsonObject attachment = value.asJsonObject();
                    if (!onlyWithoutUrl || !attachment.containsKey("fileUrl")) {
                        hashes.add(attachment.getString("sha2").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return hashes;
    }

    /** @throws LrsRefusal 400 when an attachment without a fileUrl has no data part, or a part is no attachment's */
    static void refuseUnmatched(List<JsonObject> statements, List<AttachmentPart> parts) {
        Set<String> sent = new LinkedHashSet<>();
        parts.forEach(part -> sent.add(part.sha2()));
        for (String needed : hashes(statements, true)) {
            if (!sent.contains(needed)) {
                throw LrsRefusal.badRequest("the attachment with sha2 " + needed + " has no fileUrl, so its data must come as a part"
                        + " of a multipart/mixed request");
            }
        }
        Set<String> named = hashes(statements, false);
        for (String part : sent) {
            if (!named.contains(part)) {
                throw LrsRefusal.badRequest("the part with X-Experience-API-Hash " + part + " is the data of no attachment of the statements");
            }
        }
    }
}
