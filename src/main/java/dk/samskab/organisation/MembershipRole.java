package dk.samskab.organisation;

/** What a person is in one organisation; the same person may be a professional in one and a volunteer in another. */
public enum MembershipRole {
    PROFESSIONAL,
    LEADER,
    VOLUNTEER,
    VOLUNTEER_COORDINATOR
}
