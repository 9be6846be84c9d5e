package dk.samskab.catalogue;

/** Whom a course serves. */
public enum Audience implements CodedValue {
    MUNICIPAL_PROFESSIONAL,
    MUNICIPAL_LEADER,
    VOLUNTEER,
    VOLUNTEER_COORDINATOR
}
