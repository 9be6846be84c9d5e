package dk.samskab.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/** A training manager's round: the dashboard, a filter, a drill-down into one cell, a CSV export. */
final class ManagerSteps {

    private ManagerSteps() {
    }

    static ChainBuilder dashboardRound(Settings settings) {
        Duration min = Duration.ofSeconds(5);
        Duration max = Duration.ofSeconds(15);
        return exec(http("dashboard").get("/manager/dashboard.xhtml").check(status().is(200),
                        regex("id=\"loginForm\"").notExists()))
                .exec(pause(min, max))
                .exec(http("dashboard, filtered").get("/manager/dashboard.xhtml?role=PROFESSIONAL&from=2026-01-01")
                        .check(status().is(200), regex("href=\"(/manager/learners\\.xhtml\\?org=[^\"]+)\"").findRandom()
                                .transform(Pages::unescape).saveAs("drill")))
                .exec(pause(min, max))
                .exec(http("drill-down").get("#{drill}").check(status().is(200)))
                .exec(pause(min, max))
                .exec(http("CSV export").get("/manager/export?table=dashboard&format=csv&role=PROFESSIONAL&from=2026-01-01")
                        .check(status().is(200), header("Content-Type").find().transform(t -> t.startsWith("text/csv")).is(true)))
                .exec(pause(min, max));
    }
}
