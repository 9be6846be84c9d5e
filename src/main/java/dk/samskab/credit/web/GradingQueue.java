package dk.samskab.credit.web;

import dk.samskab.credit.GradingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Final assignments waiting for a grade, oldest first. */
@Named
@RequestScoped
public class GradingQueue {

    @Inject
    GradingService grading;

    private List<GradingService.QueueEntry> entries;

    public List<GradingService.QueueEntry> getEntries() {
        if (entries == null) {
            entries = grading.queue();
        }
        return entries;
    }
}
