package dk.samskab.catalogue;

/** How a course is delivered. */
public enum CourseFormat implements CodedValue {
    SELF_PACED,
    BLENDED,
    WORKSHOP
}
