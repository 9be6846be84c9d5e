package dk.samskab.cluster;

import dk.samskab.testsupport.HttpUser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A learner working through a course behind the cluster's load balancer, as a person in a
 * browser would: every step along the course's path (lessons marked done, quizzes answered, tasks
 * handed in), and when a page fails, trying again until it works. Everything it does is recorded:
 * the writes the server acknowledged, every failure and how long the learner waited for a
 * working page.
 */
final class ClusterLearner {

    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"attemptToken\" value=\"([^\"]*)\"");

    /** A page answered in a way a person would not accept: an error, or no answer at all. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** The learner was sent to the login page: signed out, which must never happen. */
    static final class SignedOut extends RuntimeException {
        SignedOut(String where) {
            super("signed out at " + where);
        }
    }

    private final HttpUser user;
    private final long enrolment;
    private final List<String> acknowledgedLessons = Collections.synchronizedList(new ArrayList<>());
    private final List<String> acknowledgedAnswers = Collections.synchronizedList(new ArrayList<>());
    private final List<String> acknowledgedHandIns = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private int requests;
    private String lastStep;
    private final java.util.Set<String> triedTasks = new java.util.HashSet<>();
    private long longestWaitMillis;
    private long slowestMillis;

    ClusterLearner(HttpUser user, long enrolment) {
        this.user = user;
        this.enrolment = enrolment;
    }

    /** Takes the next step of the course; false when the path is done. */
    boolean nextStep(long deadlineNanos) {
        String step = retrying("the course page", deadlineNanos, () -> nextStepAddress(get("/learner/course.xhtml?e=" + enrolment)))
                .orElse(null);
        if (step == null || step.equals(lastStep)) {
            // Done, or held at a quiz to take again: the module's reflection tasks can still be handed in.
            return handInAnOpenTask(deadlineNanos);
        }
        lastStep = step;
        if (step.startsWith("/learner/lesson.xhtml")) {
            retrying("marking " + step + " done", deadlineNanos, () -> markDone(step));
        } else if (step.startsWith("/learner/quiz.xhtml")) {
            retrying("answering " + step, deadlineNanos, () -> answer(step));
        } else {
            retrying("handing in " + step, deadlineNanos, () -> handIn(step));
        }
        return true;
    }

    private boolean handInAnOpenTask(long deadlineNanos) {
        String coursePage = retrying("the course page", deadlineNanos, () -> Optional.of(get("/learner/course.xhtml?e=" + enrolment)))
                .orElseThrow();
        Matcher tasks = Pattern.compile("/learner/task\\.xhtml\\?[^\"]+").matcher(coursePage.replace("&amp;", "&"));
        while (tasks.find()) {
            String task = tasks.group();
            if (triedTasks.add(task)) {
                retrying("handing in " + task, deadlineNanos, () -> handIn(task));
                return true;
            }
        }
        return false;
    }

    /** Reads pages without writing anything: the course page and its first lesson. */
    void browse(long deadlineNanos) {
        retrying("reading", deadlineNanos, () -> {
            String course = get("/learner/course.xhtml?e=" + enrolment);
            Matcher lesson = Pattern.compile("/learner/lesson\\.xhtml\\?[^\"]+").matcher(course);
            if (lesson.find()) {
                get(lesson.group());
            }
            get("/learner/index.xhtml");
            return Optional.empty();
        });
    }

    private Optional<String> nextStepAddress(String coursePage) {
        Element next = Jsoup.parse(coursePage).selectFirst("a#continue");
        return next == null ? Optional.empty() : Optional.of(next.attr("href"));
    }

    private Optional<String> markDone(String address) throws Failure {
        String page = get(address);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lessonForm", "lessonForm");
        form.put("lessonForm:markDone", "x");
        form.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        HttpResponse<String> done = send(() -> user.post(address, form));
        if (done.statusCode() != 302) {
            throw new Failure("marking done answered " + done.statusCode());
        }
        acknowledgedLessons.add(address);
        return Optional.empty();
    }

    private Optional<String> answer(String address) throws Failure {
        String page = get(address);
        Matcher token = TOKEN.matcher(page);
        if (!token.find()) {
            // Answered before (this or an earlier try): nothing left to hand in.
            return Optional.empty();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("quizForm", "quizForm");
        Matcher radios = RADIO.matcher(page);
        while (radios.find()) {
            Matcher name = NAME.matcher(radios.group());
            Matcher value = VALUE.matcher(radios.group());
            if (name.find() && value.find()) {
                form.putIfAbsent(name.group(1), value.group(1));
            }
        }
        form.put("attemptToken", token.group(1));
        form.put("quizForm:submit", "x");
        form.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        HttpResponse<String> answered = send(() -> user.post(address, form));
        if (answered.statusCode() != 200 || !answered.body().contains("id=\"quizResult\"")) {
            throw new Failure("answering the quiz answered " + answered.statusCode());
        }
        acknowledgedAnswers.add(address);
        return Optional.empty();
    }

    private Optional<String> handIn(String address) throws Failure {
        Element form = Jsoup.parse(get(address)).getElementById("handInForm");
        if (form == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.attr("value")));
        fields.put("handInForm:text", "Min refleksion efter modulet: vi aftalte roller med kommunen før første møde.");
        fields.put("handInForm:submit", "x");
        HttpResponse<String> handed = send(() -> user.postMultipart(form.attr("action"), fields));
        if (handed.statusCode() >= 400 || handed.body().contains("ui-messages-error")) {
            throw new Failure("handing in answered " + handed.statusCode());
        }
        acknowledgedHandIns.add(address);
        return Optional.empty();
    }

    private String get(String address) throws Failure {
        HttpResponse<String> page = send(() -> user.get(address));
        if (page.statusCode() != 200) {
            throw new Failure("GET " + address + " answered " + page.statusCode());
        }
        return page.body();
    }

    private interface Request {
        HttpResponse<String> send();
    }

    private HttpResponse<String> send(Request request) throws Failure {
        requests++;
        HttpResponse<String> response;
        long sent = System.nanoTime();
        try {
            response = request.send();
        } catch (IllegalStateException noAnswer) {
            throw new Failure("no answer: " + noAnswer.getMessage());
        } finally {
            slowestMillis = Math.max(slowestMillis, (System.nanoTime() - sent) / 1_000_000);
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("/login.xhtml") || response.body().contains("id=\"loginForm\"")) {
            throw new SignedOut(response.request().uri().toString());
        }
        if (response.statusCode() >= 500) {
            throw new Failure(response.request().method() + " " + response.request().uri().getPath() + " answered " + response.statusCode());
        }
        return response;
    }

    private interface Work<T> {
        T run() throws Failure;
    }

    /** Does the work, trying again after a failure as a person would, until it works or the deadline passes. */
    private <T> T retrying(String what, long deadlineNanos, Work<T> work) {
        long firstFailure = 0;
        while (true) {
            try {
                T result = work.run();
                if (firstFailure != 0) {
                    longestWaitMillis = Math.max(longestWaitMillis, (System.nanoTime() - firstFailure) / 1_000_000);
                }
                return result;
            } catch (Failure failure) {
                failures.add(java.time.LocalTime.now() + " " + what + ": " + failure.getMessage());
                if (firstFailure == 0) {
                    firstFailure = System.nanoTime();
                }
                if (System.nanoTime() > deadlineNanos) {
                    throw new IllegalStateException("gave up " + what + " after " + failures.size() + " failures: " + failures);
                }
                pause(250);
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long enrolment() {
        return enrolment;
    }

    List<String> acknowledgedLessons() {
        return List.copyOf(acknowledgedLessons);
    }

    List<String> acknowledgedAnswers() {
        return List.copyOf(acknowledgedAnswers);
    }

    List<String> acknowledgedHandIns() {
        return List.copyOf(acknowledgedHandIns);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    int requests() {
        return requests;
    }

    long longestWaitMillis() {
        return longestWaitMillis;
    }

    /** The longest any single request took: a request the balancer retried on another node counts whole. */
    long slowestMillis() {
        return slowestMillis;
    }
}
