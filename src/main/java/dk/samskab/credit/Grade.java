package dk.samskab.credit;

import java.util.Arrays;

/**
 * A grade on the Danish 7-point scale, stored as its official string (leading zeros matter), with
 * the fixed ECTS letter. 02 is the lowest pass.
 */
public enum Grade {
    TWELVE("12", "A", "fremragende", true),
    TEN("10", "B", "fortrinlig", true),
    SEVEN("7", "C", "god", true),
    FOUR("4", "D", "jævn", true),
    TWO("02", "E", "tilstrækkelig", true),
    ZERO("00", "Fx", "utilstrækkelig", false),
    MINUS_THREE("-3", "F", "ringe", false);

    private final String value;
    private final String ectsLetter;
    private final String danishName;
    private final boolean passed;

    Grade(String value, String ectsLetter, String danishName, boolean passed) {
        this.value = value;
        this.ectsLetter = ectsLetter;
        this.danishName = danishName;
        this.passed = passed;
    }

    /** The grade written as on the scale: "-3", "00", "02", "4", "7", "10" or "12". */
    public static Grade of(String value) {
        return Arrays.stream(values()).filter(g -> g.value.equals(value == null ? null : value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a grade on the 7-point scale: " + value));
    }

    public String value() {
        return value;
    }

    public String ectsLetter() {
        return ectsLetter;
    }

    public String danishName() {
        return danishName;
    }

    public boolean passed() {
        return passed;
    }
}
