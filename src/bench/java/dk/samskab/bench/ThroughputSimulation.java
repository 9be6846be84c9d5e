package dk.samskab.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How many requests per second each page serves when nobody pauses: one phase per page, one
 * after the other, each with the same number of concurrent users (each its own browser and, when
 * signed in, its own session). The first phase is the bare endpoint, the baseline of the ratios.
 */
public class ThroughputSimulation extends Simulation {

    private final Settings settings = Settings.read();
    // Learners used here come after those of the learner runs, so that their sessions are new.
    private final Iterator<Map<String, Object>> learners = IntStream.iterate(settings.firstLearner(), n -> n + 1)
            .<Map<String, Object>>mapToObj(n -> Map.of("email", "deltager" + n + "@bench.samskab.dk")).iterator();

    private PopulationBuilder anonymous(String page, ChainBuilder request) {
        ScenarioBuilder phase = scenario("phase: " + page).during(settings.phase()).on(request);
        return phase.injectOpen(atOnceUsers(settings.concurrency()));
    }

    private PopulationBuilder signedIn(String page, ChainBuilder before, ChainBuilder request) {
        // Learners with no course left in progress are passed over: the phase measures pages of courses.
        ScenarioBuilder phase = scenario("phase: " + page)
                .asLongAs(session -> !LearnerSteps.hasCourses(session)).on(
                        exec(flushCookieJar()).feed(learners).exec(LearnerSteps.signIn()).exec(LearnerSteps.myLearning()))
                .exec(before)
                .exec(rendezVous(settings.concurrency()))
                .during(settings.phase()).on(request);
        return phase.injectOpen(atOnceUsers(settings.concurrency()));
    }

    {
        ChainBuilder nothing = exec(session -> session);
        ChainBuilder lessonLinks = exec(session -> session.set("next",
                        "/learner/course.xhtml?e=" + LearnerSteps.oneOf(session.getList("enrolments"))))
                .exec(http("course page").get("#{next}").check(status().is(200),
                        regex("(/learner/lesson\\.xhtml\\?[^\"]+)\"").findAll().transform(links -> links.stream().map(Pages::unescape).toList()).saveAs("lessons")));
        ChainBuilder coursePage = exec(session -> session.set("next",
                        "/learner/course.xhtml?e=" + LearnerSteps.oneOf(session.getList("enrolments"))))
                .exec(http("saturated: course page").get("#{next}").check(status().is(200), regex("id=\"loginForm\"").notExists()));
        ChainBuilder lessonPage = exec(session -> session.set("next", LearnerSteps.oneOf(session.getList("lessons"))))
                .exec(http("saturated: lesson page").get("#{next}").check(status().is(200), regex("id=\"loginForm\"").notExists()));
        ChainBuilder myLearning = exec(http("saturated: my learning").get("/learner/index.xhtml")
                .check(status().is(200), regex("id=\"loginForm\"").notExists()));
        ChainBuilder firstStep = exec(LearnerSteps.openCourse()).exec(LearnerSteps.openNextStep());
        setUp(anonymous("bare endpoint", exec(http("saturated: bare endpoint").get("/health/live").check(status().is(200))))
                .andThen(anonymous("catalogue", exec(http("saturated: catalogue (anonymous)").get("/courses.xhtml")
                        .check(status().is(200), LearnersSimulation.noSession()))))
                .andThen(anonymous("course (anonymous)", exec(http("saturated: course (anonymous)").get("/course.xhtml?code=SAM-101")
                        .check(status().is(200), LearnersSimulation.noSession()))))
                .andThen(signedIn("my learning", nothing, myLearning))
                .andThen(signedIn("course page", nothing, coursePage))
                .andThen(signedIn("lesson page", lessonLinks, lessonPage))
                .andThen(signedIn("progress writes", firstStep, LearnerSteps.advance())))
                .protocols(Browsers.danish(settings));
    }
}
