package dk.samskab.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Danish 7-point scale with its fixed ECTS letters; 02 is the lowest pass. */
class GradeTest {

    @ParameterizedTest
    @CsvSource({"12, A, true", "10, B, true", "7, C, true", "4, D, true", "02, E, true", "00, Fx, false", "-3, F, false"})
    void everyGradeHasItsLetterAndResult(String value, String letter, boolean passed) {
        Grade grade = Grade.of(value);
        assertEquals(value, grade.value(), "stored exactly as written, leading zeros included");
        assertEquals(letter, grade.ectsLetter());
        assertEquals(passed, grade.passed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "0", "11", "A", "", "-03"})
    void valuesOffTheScaleAreRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> Grade.of(value));
    }
}
