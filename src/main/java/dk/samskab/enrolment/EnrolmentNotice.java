package dk.samskab.enrolment;

import dk.samskab.platform.Text;
import dk.samskab.platform.Language;

/**
 * Something a learner must hear about by e-mail: a seat from the waitlist, or a decision on an
 * enrolment request. Fired inside the transaction; mailed only once it has committed.
 */
public record EnrolmentNotice(Kind kind, String email, String fullName, Language language, Text courseTitle,
        String cohortName, String reason) {

    /** The kinds of notice, each with its subject and body in the message bundles (mail.&lt;kind&gt;.*). */
    public enum Kind {
        PROMOTED,
        APPROVED,
        REJECTED
    }

    public static EnrolmentNotice of(Kind kind, Enrolment enrolment) {
        return new EnrolmentNotice(kind, enrolment.getPerson().getEmail(), enrolment.getPerson().getFullName(),
                enrolment.getPerson().getPreferredLanguage(), enrolment.getCourseVersion().definition().title(),
                enrolment.getCohort() == null ? "" : enrolment.getCohort().getName(), enrolment.getDecisionReason());
    }
}
