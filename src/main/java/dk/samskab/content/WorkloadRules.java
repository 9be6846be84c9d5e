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
                fail("workload_hours", "breakdown.missing", hours(course.workloadHours()));
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
                fail(at + ".kind", "breakdown.kindTwice", item.kind().code());
            }
            if (item.hours().signum() <= 0) {
                fail(at + ".hours", "breakdown.hoursPositive");
            }
            if (item.kind() == WorkloadItem.Kind.OTHER && item.note() == null) {
                fail(at, "breakdown.otherNote");
            }
            sum = sum.add(item.hours());
            if (item.kind() == WorkloadItem.Kind.ONLINE_LESSONS) {
                lessonsListed = true;
                checkLessonHours(course, item, at);
            }
        }
        if (sum.compareTo(course.workloadHours()) != 0) {
            fail(PATH, "breakdown.sum", hours(sum), hours(course.workloadHours()));
        }
        if (!lessonsListed) {
            fail(PATH, "breakdown.noLessons", course.totalLessonMinutes());
        }
    }

    private void checkLessonHours(CourseDefinition course, WorkloadItem item, String at) {
        BigDecimal lessonHours = BigDecimal.valueOf(course.totalLessonMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
        if (item.hours().subtract(lessonHours).abs().compareTo(LESSON_HOURS_TOLERANCE) > 0) {
            fail(at + ".hours", "breakdown.lessonHours", hours(item.hours()), course.totalLessonMinutes(), hours(lessonHours));
        }
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private void fail(String path, String key, Object... args) {
        fail.accept(new Violation(path, key, args));
    }
}
