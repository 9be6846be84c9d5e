package dk.samskab.enrolment;

import dk.samskab.platform.Language;

/** A person enrolled by a bulk import, to be told by e-mail once the import has committed. */
public record BulkNotice(String email, String fullName, Language language, String cohortName, String inviteToken,
        boolean hadAccount) {
}
