package dk.samskab.enrolment.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** The manager's latest bulk import, kept in their session so that only they follow it. */
@SessionScoped
public class BulkJobs implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient BulkJob current;

    BulkJob current() {
        return current;
    }

    void start(BulkJob job) {
        current = job;
    }

    boolean running() {
        return current != null && current.state() == BulkJob.State.RUNNING;
    }
}
