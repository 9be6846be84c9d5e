package dk.samskab.content;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Exam rules and grade descriptors as a programme's regulations would state them: ECTS courses
 * state their exam; graded final assignments say what each grade means; rubric criteria name
 * the learning outcomes they assess, and in ECTS courses every outcome is assessed.
 */
final class AssessmentRules {

    /** The grades of the 7-point scale, best first. */
    static final List<String> SEVEN_POINT = List.of("12", "10", "7", "4", "02", "00", "-3");
    static final List<String> PASS_FAIL = List.of("passed", "not_passed");

    private static final String ASSIGNMENT = "assessment.final_assignment";

    private final Consumer<Violation> fail;

    AssessmentRules(Consumer<Violation> fail) {
        this.fail = fail;
    }

    void check(CourseDefinition course) {
        CourseDefinition.Assessment assessment = course.assessment();
        if (course.carriesEcts() && assessment.exam() == null) {
            fail("assessment", "exam.missing");
        }
        CourseDefinition.FinalAssignment assignment = assessment.finalAssignment();
        if (assignment == null) {
            return;
        }
        checkCriteria(course, assignment);
        checkDescriptors(assessment.scale(), assignment);
    }

    private void checkCriteria(CourseDefinition course, CourseDefinition.FinalAssignment assignment) {
        Set<String> known = new LinkedHashSet<>(course.learningOutcomes().keys());
        Set<String> assessed = new HashSet<>();
        List<CourseDefinition.Criterion> rubric = assignment.rubric() == null ? List.of() : assignment.rubric();
        for (int i = 0; i < rubric.size(); i++) {
            CourseDefinition.Criterion criterion = rubric.get(i);
            String at = ASSIGNMENT + ".rubric[" + i + "]";
            for (String key : criterion.outcomes()) {
                if (!known.contains(key)) {
                    fail(at + ".outcomes", "rubric.unknownOutcome", key, String.join(", ", known));
                }
                assessed.add(key);
            }
            if (course.carriesEcts() && criterion.outcomes().isEmpty()) {
                fail(at, "rubric.noOutcomes");
            }
        }
        if (course.carriesEcts() && !rubric.isEmpty()) {
            List<String> unassessed = new ArrayList<>(known);
            unassessed.removeAll(assessed);
            if (!unassessed.isEmpty()) {
                fail(ASSIGNMENT + ".rubric", "rubric.unassessed", String.join(", ", unassessed));
            }
        }
    }

    private void checkDescriptors(AssessmentScale scale, CourseDefinition.FinalAssignment assignment) {
        if (scale == AssessmentScale.NONE) {
            return;
        }
        List<String> allowed = scale == AssessmentScale.SEVEN_POINT ? SEVEN_POINT : PASS_FAIL;
        Set<String> given = new HashSet<>();
        for (int i = 0; i < assignment.gradeDescriptors().size(); i++) {
            String grade = assignment.gradeDescriptors().get(i).grade();
            String at = ASSIGNMENT + ".grade_descriptors[" + i + "].grade";
            if (!allowed.contains(grade)) {
                fail(at, "descriptor.notAGrade", grade, scale.code(), String.join(", ", allowed));
            } else if (!given.add(grade)) {
                fail(at, "descriptor.twice", grade);
            }
        }
        List<String> missing = new ArrayList<>();
        boolean zeroMissing = false;
        if (scale == AssessmentScale.SEVEN_POINT) {
            for (String grade : List.of("12", "7", "02")) {
                if (!given.contains(grade)) {
                    missing.add(grade);
                }
            }
            zeroMissing = !given.contains("00") && !given.contains("-3");
        } else {
            PASS_FAIL.stream().filter(g -> !given.contains(g)).forEach(missing::add);
        }
        if (!missing.isEmpty() || zeroMissing) {
            String key = !zeroMissing ? "descriptor.missing" : missing.isEmpty() ? "descriptor.missingOnlyZero" : "descriptor.missingWithZero";
            fail(ASSIGNMENT + (assignment.gradeDescriptors().isEmpty() ? "" : ".grade_descriptors"), key, String.join(", ", missing));
        }
    }

    private void fail(String path, String key, Object... args) {
        fail.accept(new Violation(path, key, args));
    }
}
