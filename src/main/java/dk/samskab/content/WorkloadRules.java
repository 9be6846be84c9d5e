package dk.samskab.content;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.WorkloadItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The workload breakdown: required for ECTS courses, and wherever it is given its hours add up
 * to workload_hours exactly and its online lessons match the lessons' minutes.
 */
final class WorkloadRules {

    /** The online-lessons line may differ this much from the lessons' minutes added up. */
    static final BigDecimal LESSON_HOURS_TOLERANCE = new BigDecimal("0.25");

    private static final String PATH = "workload_breakdown";

    private final Consumer<Violation> fail;

    WorkloadRules(Consumer<Violation> fail) {
        this.fail = fail;
    }

    void check(CourseDefinition course) {
        List<WorkloadItem> items = course.workloadBreakdown();
        if (items.isEmpty()) {
            if (course.carriesEcts()) {
                fail("workload_hours", "a course with ECTS credits needs a workload_breakdown that shows what the "
                        + hours(course.workloadHours()) + " hours go to");
            }
            return;
        }
        Set<WorkloadItem.Kind> seen = EnumSet.noneOf(WorkloadItem.Kind.class);
        BigDecimal sum = BigDecimal.ZERO;
        boolean lessonsListed = false;
        for (int i = 0; i < items.size(); i++) {
            WorkloadItem item = items.get(i);
            String at = PATH + "[" + i + "]";
            if (item.kind() != WorkloadItem.Kind.OTHER && !seen.add(item.kind())) {
                fail(at + ".kind", "the workload_breakdown lists '" + item.kind().code() + "' twice; give it one line");
            }
            if (item.hours().signum() <= 0) {
                fail(at + ".hours", "hours must be more than 0");
            }
            if (item.kind() == WorkloadItem.Kind.OTHER && item.note() == null) {
                fail(at, "a line of kind 'other' needs a note that says what the hours are for");
            }
            sum = sum.add(item.hours());
            if (item.kind() == WorkloadItem.Kind.ONLINE_LESSONS) {
                lessonsListed = true;
                checkLessonHours(course, item, at);
            }
        }
        if (sum.compareTo(course.workloadHours()) != 0) {
            fail(PATH, "the workload_breakdown adds up to " + hours(sum) + " hours, but workload_hours is "
                    + hours(course.workloadHours()));
        }
        if (!lessonsListed) {
            fail(PATH, "the workload_breakdown needs an 'online_lessons' line for the lessons' "
                    + course.totalLessonMinutes() + " minutes");
        }
    }

    private void checkLessonHours(CourseDefinition course, WorkloadItem item, String at) {
        BigDecimal lessonHours = BigDecimal.valueOf(course.totalLessonMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
        if (item.hours().subtract(lessonHours).abs().compareTo(LESSON_HOURS_TOLERANCE) > 0) {
            fail(at + ".hours", "online_lessons is " + hours(item.hours()) + " hours, but the lessons' minutes add up to "
                    + course.totalLessonMinutes() + " minutes = " + hours(lessonHours)
                    + " hours (a quarter of an hour either way allowed)");
        }
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private void fail(String path, String message) {
        fail.accept(new Violation(path, message));
    }
}
