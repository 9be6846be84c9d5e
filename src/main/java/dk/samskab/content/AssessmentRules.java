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
            fail("assessment", "a course with ECTS credits needs its exam rules (assessment.exam): form, length,"
                    + " prerequisites, resit, assessors and ai_use");
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
                    fail(at + ".outcomes", "the outcome '" + key + "' does not exist; the course's outcomes are "
                            + String.join(", ", known));
                }
                assessed.add(key);
            }
            if (course.carriesEcts() && criterion.outcomes().isEmpty()) {
                fail(at, "in a course with ECTS credits each rubric criterion names the learning outcomes it assesses"
                        + " (outcomes: [knowledge.1, skills.2])");
            }
        }
        if (course.carriesEcts() && !rubric.isEmpty()) {
            List<String> unassessed = new ArrayList<>(known);
            unassessed.removeAll(assessed);
            if (!unassessed.isEmpty()) {
                fail(ASSIGNMENT + ".rubric", "no rubric criterion assesses the learning outcome(s) "
                        + String.join(", ", unassessed) + "; an ECTS course assesses every outcome");
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
                fail(at, "'" + grade + "' is not a grade of the " + scale.code() + " scale (allowed: "
                        + String.join(", ", allowed) + ")");
            } else if (!given.add(grade)) {
                fail(at, "the grade " + grade + " is described twice");
            }
        }
        List<String> missing = new ArrayList<>();
        if (scale == AssessmentScale.SEVEN_POINT) {
            for (String grade : List.of("12", "7", "02")) {
                if (!given.contains(grade)) {
                    missing.add(grade);
                }
            }
            if (!given.contains("00") && !given.contains("-3")) {
                missing.add("00 or -3");
            }
        } else {
            PASS_FAIL.stream().filter(g -> !given.contains(g)).forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            fail(ASSIGNMENT + (assignment.gradeDescriptors().isEmpty() ? "" : ".grade_descriptors"),
                    "a graded final assignment needs grade_descriptors that say what earns each grade; missing: "
                            + String.join(", ", missing));
        }
    }

    private void fail(String path, String message) {
        fail.accept(new Violation(path, message));
    }
}
