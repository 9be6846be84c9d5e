package dk.samskab.catalogue;

/** The welfare areas a course draws its cases from. */
public enum SectorArea implements CodedValue {
    VULNERABLE_ADULTS,
    SOCIAL_PSYCHIATRY,
    DISABILITY,
    ELDERLY,
    REFUGEES_INTEGRATION,
    HEALTH_PREVENTION,
    CULTURE_LEISURE,
    CHILDREN_YOUTH,
    EMPLOYMENT,
    TECHNICAL_ENVIRONMENT
}
