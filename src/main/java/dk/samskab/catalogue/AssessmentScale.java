package dk.samskab.catalogue;

/** How a course is assessed: the Danish 7-point scale, pass/fail (bestået), or not at all. */
public enum AssessmentScale implements CodedValue {
    SEVEN_POINT,
    PASS_FAIL,
    NONE
}
