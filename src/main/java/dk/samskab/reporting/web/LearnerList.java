package dk.samskab.reporting.web;

import dk.samskab.reporting.Measure;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/** The learners behind a number on the dashboard: one organisation and course, or everything under the filter. */
@Named
@RequestScoped
public class LearnerList {

    @Inject
    ReportService reports;

    @Inject
    SignedInManager signedIn;

    private List<ReportService.Learner> learners;

    private Map<String, String> params() {
        return Faces.getRequestParameterMap();
    }

    public List<ReportService.Learner> getLearners() {
        if (learners == null) {
            long manager = signedIn.id();
            learners = reports.learners(manager, ReportParameters.filter(params()), ReportParameters.number(params().get("org")),
                    ReportParameters.measure(params()));
        }
        return learners;
    }

    public String getQuery() {
        String org = params().get("org");
        Measure measure = ReportParameters.measure(params());
        return ReportParameters.query(params()) + (ReportParameters.number(org) == null ? "" : "&org=" + org)
                + (measure == null ? "" : "&measure=" + measure.key());
    }

    /** What the list stands for, for its heading: a measure's key, or "all". */
    public String getMeasure() {
        Measure measure = ReportParameters.measure(params());
        return measure == null ? "all" : measure.key();
    }
}
