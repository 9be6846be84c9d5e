package dk.samskab.credit.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.credit.GradingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/** The learner's Transcript of Records on screen. */
@Named
@RequestScoped
public class TranscriptPage {

    @Inject
    GradingService grading;

    @Inject
    CurrentUser currentUser;

    private List<GradingService.TranscriptLine> lines;

    public List<GradingService.TranscriptLine> getLines() {
        if (lines == null) {
            lines = grading.transcript(currentUser.getEmail());
        }
        return lines;
    }

    public BigDecimal getTotalEcts() {
        return getLines().stream().map(GradingService.TranscriptLine::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
