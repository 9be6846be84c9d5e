package dk.samskab.audit;

/** What an audit entry records; the admin page names each in the reader's language. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    PASSWORD_SET,
    PASSWORD_RESET_REQUESTED,
    INSTRUCTOR_ASSIGNED,
    SCOPE_ADDED,
    SCOPE_REMOVED,
    GRADE_GIVEN,
    ECTS_AWARDED,
    EXPORT,
    PERSONAL_DATA_EXPORTED,
    PERSON_ERASED,
    API_CLIENT_CREATED,
    API_CLIENT_REVOKED,
    API_TOKEN_ISSUED,
    API_TOKEN_REFUSED,
    API_CALL,
    SIGN_IN_PROVIDER_SAVED,
    LRS_CLIENT_CREATED,
    LRS_CLIENT_DISABLED
}
