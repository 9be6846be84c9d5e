package dk.samskab.launcher;

import dk.samskab.reporting.ReportFilter;
import dk.samskab.reporting.ReportService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Measures the training manager's dashboard on the generated data set (run DataGenerator first):
 * the dashboard of Københavns Kommune's manager, against a baseline measured in the same run
 * (counting every enrolment). Prints the median of five runs after a warm-up. Not a test.
 */
public final class ReportBenchmark {

    private static final int RUNS = 5;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map.Entry<DatabaseSettings, Runnable> database = BenchmarkDatabase.open();
        EntityManagerFactory factory = StandalonePersistence.migratedFactory(database.getKey());
        try (Connection c = database.getKey().connect()) {
            EntityManager em = factory.createEntityManager();
            ReportService reports = new ReportService();
            Field field = ReportService.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(reports, em);
            long manager = DataGenerator.managerId(c);
            long enrolments = DataGenerator.count(c, "SELECT COUNT(*) FROM enrolment");
            double baseline = median(() -> {
                try {
                    return DataGenerator.count(c, "SELECT COUNT(*) FROM enrolment WHERE status <> 'WITHDRAWN'");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            double dashboard = median(() -> reports.dashboard(manager, ReportFilter.none()).size());
            double learners = median(() -> reports.learners(manager, new ReportFilter("SAM-101", null, null, null, null, null,
                    null, null, null, null), null, null).size());
            double change = median(() -> reports.selfAssessmentChange(manager, ReportFilter.none()).learners());
            double months = median(() -> reports.completionsByMonth(manager, ReportFilter.none()).size());
            long inScope = reports.dashboard(manager, ReportFilter.none()).stream().mapToLong(ReportService.Row::enrolled).sum();
            System.out.printf("Data set: %,d enrolments; %,d of them seen by the Københavns Kommune manager%n", enrolments, inScope);
            System.out.printf("baseline (count all enrolments)        %8.1f ms%n", baseline);
            System.out.printf("dashboard table, Københavns Kommune    %8.1f ms  (%.1f × baseline)%n", dashboard, dashboard / baseline);
            System.out.printf("drill-down, one course                 %8.1f ms  (%.1f × baseline)%n", learners, learners / baseline);
            System.out.printf("self-assessment change                 %8.1f ms  (%.1f × baseline)%n", change, change / baseline);
            System.out.printf("completions per month (chart)          %8.1f ms  (%.1f × baseline)%n", months, months / baseline);
            System.out.printf("dashboard page (table, change, chart)  %8.1f ms  target < 1000 ms%n", dashboard + change + months);
            em.close();
        } finally {
            factory.close();
            database.getValue().run();
        }
    }

    /** Median milliseconds of RUNS timed calls, after one warm-up call. */
    private static double median(LongSupplier call) {
        call.getAsLong();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.getAsLong();
            times[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
