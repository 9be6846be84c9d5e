package dk.samskab.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A learner's way through Samskab, as a browser takes it: sign in, My learning, a course, its
 * next step; a lesson is marked done, a quiz is answered (real JSF posts with their view state),
 * and the learner goes on to the next step. Pauses are left to the scenario.
 */
final class LearnerSteps {

    static final String PASSWORD = System.getProperty("bench.password", "samskab-bench-2026");
    private static final String ENROLMENTS = "enrolments";
    private static final String NEXT = "next";

    private LearnerSteps() {
    }

    /** The login page and the form posted with its view state; the answer must send the learner on, not back. */
    static ChainBuilder signIn() {
        return exec(http("login page").get("/login.xhtml").check(
                        regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").transform(Pages::unescape).saveAs(Pages.VIEW_STATE)))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:email", "#{email}")
                        .formParam("loginForm:password", PASSWORD)
                        .formParam("loginForm:submit", "Log ind")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .disableFollowRedirect()
                        .check(status().in(302, 303), header("Location").not("/login.xhtml")));
    }

    /** My learning, remembering the learner's courses in progress (some have none left). */
    static ChainBuilder myLearning() {
        return exec(http("my learning").get("/learner/index.xhtml").check(status().is(200),
                regex("/learner/course\\.xhtml\\?e=(\\d+)").findAll().optional().saveAs(ENROLMENTS)));
    }

    static boolean hasCourses(Session session) {
        return session.contains(ENROLMENTS);
    }

    /** A learner with no course in progress looks for one: the catalogue, then their transcript. */
    static ChainBuilder browse() {
        return exec(http("catalogue (signed in)").get("/courses.xhtml").check(status().is(200)))
                .exec(http("transcript").get("/learner/transcript.xhtml").check(status().is(200)));
    }

    /** A course page of one of the learner's courses, read for its "continue" step. */
    static ChainBuilder openCourse() {
        return exec(Pages::forget)
                .exec(session -> session.set(NEXT, "/learner/course.xhtml?e=" + oneOf(session.getList(ENROLMENTS))))
                .exec(http("course page").get("#{next}").check(status().is(200)).check(Pages.reading()));
    }

    /** The step the course page offers next: a lesson, a quiz or a task. */
    static ChainBuilder openNextStep() {
        return doIfOrElse(session -> session.contains(Pages.CONTINUE))
                .then(exec(session -> session.set(NEXT, session.getString(Pages.CONTINUE)))
                        .exec(Pages::forget)
                        .exec(http("step page").get("#{next}").check(status().is(200)).check(Pages.reading())))
                .orElse(openCourse());
    }

    /** Marks the open lesson done; the answer is the redirect to the next step, which is then opened. */
    static ChainBuilder markDone() {
        return exec(http("mark done").post("#{lessonAction}")
                        .formParam("lessonForm", "lessonForm")
                        .formParam("lessonForm:markDone", "Markér som gennemført")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .disableFollowRedirect()
                        .check(status().in(302, 303), header("Location").saveAs(NEXT)))
                .exec(Pages::forget)
                .exec(http("step page").get("#{next}").check(status().is(200)).check(Pages.reading()));
    }

    /** Answers the open quiz; the answer page shows the result and, once passed, the way on. */
    static ChainBuilder answerQuiz() {
        return exec(session -> session.set("answers", Pages.quizAnswers(session)))
                .exec(Pages::forget)
                .exec(http("answer quiz").post(session -> session.getString(NEXT)).formParamMap(session -> session.<Map<String, Object>>get("answers"))
                        .check(status().is(200), regex("id=\"quizResult\"").exists()).check(Pages.reading()));
    }

    /** Whatever the open page offers: mark the lesson done, answer the quiz, go on, or open a course again. */
    static ChainBuilder advance() {
        return doIfOrElse(session -> session.contains(Pages.LESSON_ACTION))
                .then(exec(session -> session.set(NEXT, session.getString(Pages.LESSON_ACTION))).exec(markDone()))
                .orElse(doIfOrElse(Pages::offersQuiz)
                        .then(exec(session -> session.set(NEXT, session.getString(Pages.QUIZ_ACTION))).exec(answerQuiz()))
                        .orElse(doIfOrElse(session -> session.contains(Pages.GO_ON))
                                .then(exec(session -> session.set(NEXT, session.getString(Pages.GO_ON)))
                                        .exec(Pages::forget)
                                        .exec(http("step page").get("#{next}").check(status().is(200)).check(Pages.reading())))
                                .orElse(exec(openCourse()).exec(openNextStep()))));
    }

    static String oneOf(List<Object> values) {
        return String.valueOf(values.get(ThreadLocalRandom.current().nextInt(values.size())));
    }

    static Session withLearner(Session session, int number) {
        return session.set("email", "deltager" + number + "@bench.samskab.dk");
    }
}
