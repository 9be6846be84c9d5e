package dk.samskab.catalogue;

/** The kinds of quiz question. */
public enum QuestionType implements CodedValue {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    ORDERING,
    MATCHING
}
