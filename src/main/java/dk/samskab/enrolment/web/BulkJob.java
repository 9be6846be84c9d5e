package dk.samskab.enrolment.web;

import dk.samskab.enrolment.BulkCsv;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.BulkEnrolment;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One uploaded file being imported in the background, so that the page can show its progress
 * line by line instead of waiting on one long request. The import itself stays one transaction.
 */
public final class BulkJob {

    private static final Logger LOG = Logger.getLogger(BulkJob.class.getName());

    /** Where the import is. */
    public enum State { RUNNING, DONE, REFUSED, NO_COHORT, FAILED }

    private final int lines;
    private final AtomicInteger done = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile BulkEnrolment.Outcome outcome;
    private volatile List<BulkCsv.Problem> problems = List.of();

    BulkJob(int lines) {
        this.lines = Math.max(1, lines);
    }

    /** Runs the import, which reports each line it has written to the given consumer. */
    void run(Function<IntConsumer, BulkEnrolment.Outcome> importer) {
        try {
            outcome = importer.apply(done::set);
            state = State.DONE;
        } catch (BulkEnrolment.Refused refused) {
            problems = refused.problems();
            state = State.REFUSED;
        } catch (EnrolmentException unknownCohort) {
            state = State.NO_COHORT;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "A bulk enrolment failed; nothing was saved", e);
            state = State.FAILED;
        }
    }

    /** Per cent done; 100 only once the import has ended, which stops the progress bar. */
    public int percent() {
        return state == State.RUNNING ? Math.min(99, done.get() * 100 / lines) : 100;
    }

    public int lines() {
        return lines;
    }

    public State state() {
        return state;
    }

    public BulkEnrolment.Outcome outcome() {
        return outcome;
    }

    public List<BulkCsv.Problem> problems() {
        return problems;
    }
}
