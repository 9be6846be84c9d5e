package dk.samskab.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samskab.platform.AssuranceLevel;
import dk.samskab.testsupport.TestCourses;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The proof of identity a final hand-in needs: the course's exam rules, or the operator's minimum for ECTS awards, whichever is higher. */
class FinalHandInAssuranceTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @Test
    void theHigherOfTheExamRulesAndTheMinimumForEctsApplies() {
        CourseDefinition plain = TestCourses.course("T-1", AssessmentScale.SEVEN_POINT, FIVE, true);
        assertEquals(AssuranceLevel.NONE, plain.finalHandInAssurance(AssuranceLevel.NONE));
        assertEquals(AssuranceLevel.SUBSTANTIAL, plain.finalHandInAssurance(AssuranceLevel.SUBSTANTIAL));
        CourseDefinition high = TestCourses.course("T-2", AssessmentScale.SEVEN_POINT, FIVE, true, AssuranceLevel.HIGH);
        assertEquals(AssuranceLevel.HIGH, high.finalHandInAssurance(AssuranceLevel.SUBSTANTIAL));
        CourseDefinition low = TestCourses.course("T-3", AssessmentScale.SEVEN_POINT, FIVE, true, AssuranceLevel.LOW);
        assertEquals(AssuranceLevel.SUBSTANTIAL, low.finalHandInAssurance(AssuranceLevel.SUBSTANTIAL));
    }

    @Test
    void theMinimumForEctsLeavesCoursesWithoutEctsAlone() {
        CourseDefinition noEcts = TestCourses.course("T-4", AssessmentScale.PASS_FAIL, null, true);
        assertEquals(AssuranceLevel.NONE, noEcts.finalHandInAssurance(AssuranceLevel.HIGH));
    }
}
