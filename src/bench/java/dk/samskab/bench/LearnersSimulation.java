package dk.samskab.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Many learners at once: they sign in at the configured rate (a synchronised start), then work
 * through their courses with 30 to 90 s of reading between pages until the run ends. Beside them,
 * training managers use the dashboard, anonymous visitors browse the catalogue, and the bare
 * health endpoint is probed as the baseline, all in the same run.
 */
public class LearnersSimulation extends Simulation {

    private final Settings settings = Settings.read();
    private final long endsAt = System.currentTimeMillis() + settings.ramp().plus(settings.hold()).toMillis();

    private Duration untilTheEnd(io.gatling.javaapi.core.Session session) {
        return Duration.ofMillis(Math.max(0, endsAt - System.currentTimeMillis()));
    }

    private ChainBuilder think() {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(settings.thinkMin(), settings.thinkMax()));
    }

    {
        Iterator<Map<String, Object>> learners = IntStream.range(settings.firstLearner(), settings.firstLearner() + settings.learners())
                .<Map<String, Object>>mapToObj(n -> Map.of("email", "deltager" + n + "@bench.samskab.dk")).iterator();
        ScenarioBuilder learner = scenario("learners").feed(learners)
                // A learner whose sign-in or first page failed goes home: the failure is counted once, not
                // again on every page that follows without a session.
                .exec(LearnerSteps.signIn()).exitHereIfFailed().exec(think())
                .exec(LearnerSteps.myLearning()).exitHereIfFailed().exec(think())
                .doIfOrElse(LearnerSteps::hasCourses).then(
                        exec(LearnerSteps.openCourse()).exec(think())
                                .exec(LearnerSteps.openNextStep())
                                .during(this::untilTheEnd).on(exec(think()).exec(LearnerSteps.advance())))
                .orElse(exec(LearnerSteps.browse()).during(this::untilTheEnd).on(exec(think()).exec(LearnerSteps.browse())));

        ScenarioBuilder manager = scenario("managers")
                .exec(session -> session.set("email", "leder@bench.samskab.dk"))
                .exec(LearnerSteps.signIn())
                .during(this::untilTheEnd).on(exec(ManagerSteps.dashboardRound(settings)));

        ScenarioBuilder visitor = scenario("visitors")
                .exec(http("home (anonymous)").get("/").check(status().is(200), noSession()))
                .exec(http("catalogue (anonymous)").get("/courses.xhtml").check(status().is(200), noSession(),
                        regex("course\\.xhtml\\?code=([A-Z0-9-]+)").findRandom().saveAs("code")))
                .exec(http("course (anonymous)").get("/course.xhtml?code=#{code}").check(status().is(200), noSession()));

        ScenarioBuilder probe = scenario("baseline")
                .exec(http("bare endpoint").get("/health/live").check(status().is(200)));

        Duration total = settings.ramp().plus(settings.hold());
        setUp(
                learner.injectOpen(rampUsers(settings.learners()).during(settings.ramp())),
                manager.injectOpen(rampUsers(settings.managers()).during(Duration.ofSeconds(10))),
                visitor.injectOpen(constantUsersPerSec(settings.visitorsPerSecond()).during(total)),
                probe.injectOpen(constantUsersPerSec(2).during(total)))
                .protocols(Browsers.danish(settings));
    }

    /** Anonymous pages must not open an HTTP session: a crawler would otherwise fill the heap. */
    static io.gatling.javaapi.core.CheckBuilder noSession() {
        return headerRegex("Set-Cookie", "JSESSIONID").notExists();
    }
}
