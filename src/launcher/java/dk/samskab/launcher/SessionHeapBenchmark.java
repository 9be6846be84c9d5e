package dk.samskab.launcher;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor costs the server's heap: signs in N learners (each its own session, with a few
 * pages visited, as a learner starting a course does) and makes N anonymous page views, and
 * prints the live heap after a full garbage collection before and after each, per session. Run
 * it against the application started with {@code mvn -Prun} (see docs/benchmarks.md):
 * {@code mvn -q test-compile exec:java@session-benchmark -Dexec.args="http://localhost:8080 2000"}.
 * The Payara Micro process is found with jcmd by the port in the address.
 */
public final class SessionHeapBenchmark {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String LEARNER = "mette@demo.samskab.dk";
    private static final String PASSWORD = "samskab-demo-2026";

    private SessionHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ServerProbe server = new ServerProbe(Long.parseLong(serverPid(URI.create(base).getPort())));
        List<HttpClient> keep = new ArrayList<>();

        // A warm-up first, so that caches filled once (pages, queries, classes) are not counted per visitor.
        anonymousVisits(base, 100);
        keep.addAll(signedInSessions(base, 50));
        long start = server.liveHeapAfterFullGc();
        anonymousVisits(base, sessions);
        long afterAnonymous = server.liveHeapAfterFullGc();
        List<HttpClient> measured = signedInSessions(base, sessions);
        long afterSignedIn = server.liveHeapAfterFullGc();

        System.out.printf("Live heap after a full GC: %,d KB after the warm-up%n", start / 1024);
        System.out.printf("%,d anonymous visitors, 4 pages each:  %+,d KB, %,d bytes per visitor%n", sessions,
                (afterAnonymous - start) / 1024, (afterAnonymous - start) / sessions);
        System.out.printf("%,d signed-in sessions, 3-4 pages each: %+,d KB, %,d bytes per session%n", measured.size(),
                (afterSignedIn - afterAnonymous) / 1024, (afterSignedIn - afterAnonymous) / measured.size());
        keep.addAll(measured);
    }

    private static void anonymousVisits(String base, int visitors) throws IOException, InterruptedException {
        for (int i = 0; i < visitors; i++) {
            HttpClient anonymous = client();
            for (String page : List.of("/", "/courses.xhtml", "/course.xhtml?code=SAM-101", "/login.xhtml")) {
                get(anonymous, base + page);
            }
        }
    }

    /** Signed-in learners, each in a session of its own that stays open (the clients keep their cookies). */
    private static List<HttpClient> signedInSessions(String base, int sessions) throws IOException, InterruptedException {
        List<HttpClient> keep = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            HttpClient learner = client();
            signIn(learner, base);
            String home = get(learner, base + "/learner/index.xhtml");
            Matcher course = Pattern.compile("/learner/course\\.xhtml\\?e=\\d+").matcher(home);
            if (course.find()) {
                String page = get(learner, base + course.group()).replace("&amp;", "&");
                Matcher lesson = Pattern.compile("/learner/lesson\\.xhtml\\?[^\"]+").matcher(page);
                if (lesson.find()) {
                    get(learner, base + lesson.group());
                }
            }
            keep.add(learner);
        }
        return keep;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(30)).build();
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void signIn(HttpClient client, String base) throws IOException, InterruptedException {
        Matcher state = VIEW_STATE.matcher(get(client, base + "/login.xhtml"));
        if (!state.find()) {
            throw new IllegalStateException("No login form at " + base);
        }
        String form = "loginForm=loginForm&loginForm%3Aemail=" + URLEncoder.encode(LEARNER, StandardCharsets.UTF_8)
                + "&loginForm%3Apassword=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&loginForm%3Asubmit=x"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1).replace("&#58;", ":"), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The Payara Micro process serving the port, as jcmd lists it. */
    private static String serverPid(int port) throws IOException, InterruptedException {
        for (String line : ServerProbe.output("jcmd", "-l").lines().toList()) {
            if (line.contains("payara-micro") && line.contains("--port " + port)) {
                return line.substring(0, line.indexOf(' '));
            }
        }
        throw new IllegalStateException("No Payara Micro process on port " + port + " in 'jcmd -l'");
    }
}
