package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApi;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The API's report rows are the dashboard's: a client made with the Aarhus manager's scope reads
 * exactly the rows the manager exports from the dashboard, under the same filters.
 */
class ApiReportIT {

    @Test
    void theApiReportsTheSameRowsAsTheManagersDashboardForTheSameFilters() throws IOException {
        TestApi client = TestApi.client("MANAGER", false, 100_000, "jens@demo.samskab.dk");
        HttpUser manager = HttpUser.signedIn("jens@demo.samskab.dk", TestAccounts.PASSWORD);
        for (String[] filter : List.of(new String[] {"", ""}, new String[] {"course=FRI-001", "course=FRI-001"},
                new String[] {"type=MUNICIPALITY", "organisationType=MUNICIPALITY"},
                new String[] {"partnership=aarhus-aeldre-besoegsvenner", "partnership=aarhus-aeldre-besoegsvenner"})) {
            List<String> dashboard = exported(manager, filter[0]);
            HttpResponse<String> api = client.get("/reports/dashboard?" + filter[1]);
            assertEquals(200, api.statusCode(), api.body());
            List<String> rows = new ArrayList<>();
            for (JsonObject row : TestApi.json(api.body()).getJsonArray("rows").getValuesAs(JsonObject.class)) {
                rows.add(String.join("|", row.getString("organisation"), row.getString("course"),
                        Long.toString(row.getJsonNumber("enrolled").longValue()), Long.toString(row.getJsonNumber("active").longValue()),
                        Long.toString(row.getJsonNumber("completed").longValue()), Integer.toString(row.getInt("completionRate")),
                        Long.toString(row.getJsonNumber("overdue").longValue()),
                        row.getJsonNumber("ects").bigDecimalValue().stripTrailingZeros().toPlainString()));
            }
            assertEquals(dashboard, rows, "filter " + filter[1]);
        }
        assertFalse(exported(manager, "").isEmpty(), "the manager's scope has rows to compare");
    }

    /** The dashboard's rows as the manager downloads them (CSV in Danish: semicolons, decimal comma). */
    private static List<String> exported(HttpUser manager, String filter) throws IOException {
        HttpResponse<byte[]> csv = manager.download("/manager/export?table=dashboard&format=csv" + (filter.isEmpty() ? "" : "&" + filter));
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> rows = new ArrayList<>();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> cells = new ArrayList<>(record.toList());
            cells.set(7, new BigDecimal(cells.get(7).replace(',', '.')).stripTrailingZeros().toPlainString());
            rows.add(String.join("|", cells));
        }
        return rows;
    }
}
