package dk.samskab.elearning;

/** When a cmi5 AU counts as satisfied for the course (the AU's moveOn attribute). */
public enum MoveOn {
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed"),
    /** The AU does not count towards the course; cmi5's default when moveOn is absent. */
    NOT_APPLICABLE("NotApplicable");

    private final String token;

    MoveOn(String token) {
        this.token = token;
    }

    /** Whether an AU with these results counts as satisfied (cmi5 section 10, moveOn). */
    public boolean satisfiedBy(boolean completed, boolean passed) {
        return switch (this) {
            case PASSED -> passed;
            case COMPLETED -> completed;
            case COMPLETED_AND_PASSED -> completed && passed;
            case COMPLETED_OR_PASSED -> completed || passed;
            case NOT_APPLICABLE -> true;
        };
    }

    /** The value as cmi5.xml writes it. */
    public String token() {
        return token;
    }

    /** The value for cmi5.xml's token (case as the schema has it), or null for anything else. */
    static MoveOn of(String token) {
        for (MoveOn moveOn : values()) {
            if (moveOn.token.equals(token)) {
                return moveOn;
            }
        }
        return null;
    }
}
