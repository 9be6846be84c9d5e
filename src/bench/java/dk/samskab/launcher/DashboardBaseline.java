package dk.samskab.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dashboard's main aggregate written by hand: enrolled, active and completed learners per
 * organisation and course in the manager's scope, in one GROUP BY. Timed every two seconds while
 * a learner run goes on, so that it meets the same load as the dashboard page does.
 */
final class DashboardBaseline {

    static final String SQL = "SELECT m.organisation_id, e.course_id, COUNT(DISTINCT e.id),"
            + " COUNT(DISTINCT CASE WHEN e.status = 'ENROLLED' THEN e.id END),"
            + " COUNT(DISTINCT CASE WHEN e.status = 'COMPLETED' THEN e.id END)"
            + " FROM manager_scope s JOIN membership m ON m.organisation_id = s.organisation_id"
            + " JOIN enrolment e ON e.person_id = m.person_id AND e.status <> 'WITHDRAWN'"
            + " WHERE s.person_id = ? GROUP BY m.organisation_id, e.course_id";

    private final DatabaseSettings database;
    private final long managerId;
    private final List<Double> times = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean sampling;
    /** Why the sampler stopped early, handed to the caller instead of dying with the thread. */
    private volatile RuntimeException failure;
    private Thread sampler;

    DashboardBaseline(DatabaseSettings database, long managerId) {
        this.database = database;
        this.managerId = managerId;
    }

    void startSampling() {
        times.clear();
        failure = null;
        sampling = true;
        sampler = new Thread(this::sample, "dashboard-sql-baseline");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The milliseconds of every timed run since startSampling; fails if the sampler failed. */
    List<Double> stopSampling() throws InterruptedException {
        sampling = false;
        sampler.join();
        if (failure != null) {
            throw failure;
        }
        return new ArrayList<>(times);
    }

    private void sample() {
        try {
            timeQueries();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void timeQueries() {
        try (Connection c = database.connect(); PreparedStatement query = c.prepareStatement(SQL)) {
            query.setLong(1, managerId);
            while (sampling) {
                long start = System.nanoTime();
                int rows = 0;
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
                if (rows == 0) {
                    throw new IllegalStateException("The dashboard baseline found no rows: is the data set generated?");
                }
                times.add((System.nanoTime() - start) / 1e6);
                ServerProbe.sleep(2000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The dashboard baseline query failed: " + e.getMessage(), e);
        }
    }
}
