package dk.samskab.xapi;

import java.util.Arrays;

/**
 * The If-Match and If-None-Match headers of a write to a document (Communication 3.1), checked
 * against the document's ETag as it is when the write is made, under its row lock.
 *
 * @param ifMatch the If-Match header, or null
 * @param ifNoneMatch the If-None-Match header, or null
 * @param requiredToReplace whether a PUT over an existing document needs one of them, as the
 *        profile resources' PUT does (Communication 3.1.s4.b8); the State Resource's does not
 */
public record DocumentPrecondition(String ifMatch, String ifNoneMatch, boolean requiredToReplace) {

    /**
     * @param currentEtag the document's ETag, or null when there is none
     * @throws LrsRefusal 412 when a header does not hold, 409 when a header was required and none was sent
     */
    void check(String currentEtag, boolean replacing) {
        if (ifMatch != null && (currentEtag == null || !matches(ifMatch, currentEtag))) {
            throw new LrsRefusal(LrsRefusal.Status.PRECONDITION_FAILED, currentEtag == null
                    ? "If-Match names a version of the document, but there is no such document"
                    : "the document has changed since the version If-Match names; fetch it again and redo the change");
        }
        if (ifNoneMatch != null && currentEtag != null && matches(ifNoneMatch, currentEtag)) {
            throw new LrsRefusal(LrsRefusal.Status.PRECONDITION_FAILED, ifNoneMatch.strip().equals("*")
                    ? "If-None-Match: * asks for a new document, but one is already stored under this id"
                    : "the document is still the version If-None-Match names");
        }
        if (replacing && requiredToReplace && currentEtag != null && ifMatch == null && ifNoneMatch == null) {
            throw new LrsRefusal(LrsRefusal.Status.CONFLICT, "a document is already stored under this id; to replace it,"
                    + " send its ETag in If-Match (or If-None-Match: * to write only a new one)");
        }
    }

    /** Whether a header's list of entity tags, or *, covers the ETag (weak tags compared by their value). */
    private static boolean matches(String header, String etag) {
        return Arrays.stream(header.split(",")).map(String::strip).anyMatch(tag -> tag.equals("*")
                || tag.replaceFirst("^W/", "").replace("\"", "").equalsIgnoreCase(etag));
    }
}
