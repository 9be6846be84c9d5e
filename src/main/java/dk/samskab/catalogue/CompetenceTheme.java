package dk.samskab.catalogue;

/** The four competence shifts and the themes around them. */
public enum CompetenceTheme implements CodedValue {
    PROFESSIONAL_IDENTITY,
    WAYS_OF_WORKING,
    COLLABORATION,
    LEADERSHIP,
    VOLUNTEER_POLICY_DIALOGUE,
    ROLES_FRAMEWORKS,
    EVALUATING_COLLABORATION
}
