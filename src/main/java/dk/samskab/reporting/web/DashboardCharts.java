package dk.samskab.reporting.web;

import dk.samskab.platform.web.Messages;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' p:chart: completion by
 * organisation, completions over time, and the self-assessment change per shift. The same
 * numbers are in the tables next to them, for screen readers and for copying.
 */
@Named
@RequestScoped
public class DashboardCharts {

    private static final String BRAND = "#1f6f78";
    private static final String LIGHT = "#9ccfd3";

    @Inject
    Dashboard dashboard;

    public String getByOrganisation() {
        Map<String, long[]> sums = new TreeMap<>();
        for (ReportService.Row row : dashboard.getRows()) {
            long[] sum = sums.computeIfAbsent(row.organisation(), o -> new long[2]);
            sum[0] += row.enrolled();
            sum[1] += row.completed();
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder enrolled = Json.createArrayBuilder();
        JsonArrayBuilder completed = Json.createArrayBuilder();
        sums.forEach((organisation, sum) -> {
            labels.add(organisation);
            enrolled.add(sum[0]);
            completed.add(sum[1]);
        });
        return chart("bar", true, labels, dataset(Messages.text("report.enrolled"), enrolled, LIGHT),
                dataset(Messages.text("report.completed"), completed, BRAND));
    }

    public String getOverTime() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (Object[] month : dashboard.getCompletionsByMonth()) {
            labels.add(String.valueOf(month[0]));
            counts.add(((Number) month[1]).longValue());
        }
        return chart("line", true, labels, dataset(Messages.text("report.completed"), counts, BRAND));
    }

    public String getSelfChange() {
        ReportService.SelfAssessmentChange change = dashboard.getChange();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        List.of("professional_identity", "ways_of_working", "collaboration", "leadership")
                .forEach(shift -> labels.add(Messages.text("shiftName." + shift)));
        JsonArrayBuilder values = Json.createArrayBuilder().add(change.professionalIdentity()).add(change.waysOfWorking())
                .add(change.collaboration()).add(change.leadership());
        return chart("bar", false, labels, dataset(Messages.text("report.averageChange"), values, BRAND));
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour);
    }

    /** A chart of counts has whole steps from zero on its axis: there is no half a learner. */
    private static String chart(String type, boolean counts, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder set : datasets) {
            sets.add(set);
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
        if (counts) {
            options.add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                    .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}
