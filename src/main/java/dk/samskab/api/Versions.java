package dk.samskab.api;

import jakarta.ws.rs.core.EntityTag;

/** Entity tags from the record's optimistic-lock version, and the check of If-Match on an update. */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** An update must name the version it changes: none is 428, an old one 412. */
    static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "if-match-required", "Precondition required",
                    "An update needs the If-Match header with the ETag of the record as last read.");
        }
        String wanted = "\"" + current + "\"";
        boolean matches = java.util.Arrays.stream(ifMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).anyMatch(tag -> tag.equals("*") || tag.equals(wanted));
        if (!matches) {
            throw new ApiProblem(412, "stale-version", "Precondition failed",
                    "The record has changed since it was read (its ETag is now " + wanted + "); read it again and reapply the change.");
        }
    }
}
