package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.testsupport.TestKeycloak;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page and endpoint against every kind of caller, over HTTP. The table says who may open
 * what; ids in the addresses belong to one learner (Birthe), one instructor's course (Karen's
 * FRI-001) and one manager's scope (Jens, Aarhus). Everyone else must be refused: anonymous
 * callers are sent to the login page, signed-in ones get 403 or 404. Where a page is open to a
 * whole role, the learner's name must only show to the caller whose scope holds her. A page or
 * servlet that is not in the table fails the test, so new ones must be added.
 */
class AccessMatrixIT {

    /** PROVISIONED is a learner whom Aarhus Kommune's provider (a real Keycloak) signed in and Samskab created from its claims. */
    enum Caller { ANONYMOUS, LEARNER, OTHER_LEARNER, PROVISIONED, INSTRUCTOR, OTHER_INSTRUCTOR, MANAGER, OTHER_MANAGER, ADMIN }

    private static final String DEMO_PASSWORD = TestAccounts.PASSWORD;
    private static final String SECRET = "Birthe Nielsen";

    /**
     * A stack frame or a database error message in a page means internals leak to the user. (The
     * names of exception classes alone appear in every page: PrimeFaces lists the error pages.)
     */
    private static final Pattern LEAK = Pattern.compile("\\bat [\\w$.]+\\(\\w+\\.java:\\d+\\)|SQLSTATE|Exception: |Internal Exception"
            + "|Error Code: \\d+|You have an error in your SQL syntax");

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> LEARNERS = EnumSet.of(Caller.LEARNER, Caller.OTHER_LEARNER, Caller.PROVISIONED);
    private static final Set<Caller> INSTRUCTORS = EnumSet.of(Caller.INSTRUCTOR, Caller.OTHER_INSTRUCTOR);
    private static final Set<Caller> MANAGERS = EnumSet.of(Caller.MANAGER, Caller.OTHER_MANAGER);
    private static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);

    /**
     * One address and who may open it. With seesSecret, exactly those callers see Birthe's name;
     * without, nobody but Birthe herself and the callers in mayShow may see it: every row is
     * checked for leaks.
     */
    record Row(String path, Set<Caller> allowed, Set<Caller> seesSecret, Set<Caller> mayShow) {
        Row(String path, Set<Caller> allowed) {
            this(path, allowed, null, EnumSet.of(Caller.LEARNER));
        }

        Row(String path, Set<Caller> allowed, Set<Caller> seesSecret) {
            this(path, allowed, seesSecret, seesSecret);
        }

        /** A row where some callers besides Birthe may, but need not, see her name. */
        static Row mayShow(String path, Set<Caller> allowed, Caller... callers) {
            Set<Caller> may = EnumSet.of(Caller.LEARNER);
            may.addAll(List.of(callers));
            return new Row(path, allowed, null, may);
        }
    }

    /**
     * The steps of a sign-in through an organisation's provider: open to everyone, they always send
     * the browser on (to the provider, or back to the login page with the reason), covered in SingleSignOnIT.
     */
    private static final List<String> SIGN_IN_THROUGH_PROVIDER = List.of("/sso/start", "/sso/callback");

    /**
     * Endpoints answered by POST only, covered by their own tests (sign-out in SessionAndLoginIT, the
     * provider's back-channel logout in SingleSignOnIT and BackChannelLogoutIT, the SCORM run-time's
     * commits in ElearningRuntimeIT, a cmi5 AU's fetch of its token in Cmi5LaunchIT).
     */
    private static final List<String> POST_ONLY = List.of("/logout", "/language", "/sso/backchannel-logout",
            "/learner/elearning-commit", "/cmi5/fetch");

    private static final Map<Caller, HttpUser> USERS = new EnumMap<>(Caller.class);
    private static long birthe;
    private static String lesson;
    private static String quiz;
    private static String task;
    private static long handIn;

    @BeforeAll
    static void callers() throws SQLException {
        TestApplication.baseUrl();
        String otherInstructor = TestAccounts.create("Anden Underviser", "INSTRUCTOR");
        String otherManager = TestAccounts.create("Leder i Roskilde", "TRAINING_MANAGER");
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "INSERT INTO manager_scope (person_id, organisation_id) SELECT p.id, o.id FROM person p, organisation o"
                    + " WHERE p.email = ? AND o.code = 'kommune-roskilde'", otherManager);
            birthe = TestAccounts.single(c, "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id JOIN course c ON c.id = e.course_id"
                    + " WHERE p.email = 'birthe@demo.samskab.dk' AND c.code = 'FRI-001'");
        }
        USERS.put(Caller.ANONYMOUS, HttpUser.anonymous());
        USERS.put(Caller.LEARNER, HttpUser.signedIn("birthe@demo.samskab.dk", DEMO_PASSWORD));
        USERS.put(Caller.OTHER_LEARNER, HttpUser.signedIn("lone@demo.samskab.dk", DEMO_PASSWORD));
        USERS.put(Caller.PROVISIONED, throughProvider("frivillig"));
        USERS.put(Caller.INSTRUCTOR, HttpUser.signedIn("karen@demo.samskab.dk", DEMO_PASSWORD));
        USERS.put(Caller.OTHER_INSTRUCTOR, HttpUser.signedIn(otherInstructor, DEMO_PASSWORD));
        USERS.put(Caller.MANAGER, HttpUser.signedIn("jens@demo.samskab.dk", DEMO_PASSWORD));
        USERS.put(Caller.OTHER_MANAGER, HttpUser.signedIn(otherManager, DEMO_PASSWORD));
        USERS.put(Caller.ADMIN, HttpUser.signedIn("admin@demo.samskab.dk", DEMO_PASSWORD));
        // Real lesson, quiz and task addresses of Birthe's course, as her course page links them.
        String page = USERS.get(Caller.LEARNER).get("/learner/course.xhtml?e=" + birthe).body().replace("&amp;", "&");
        lesson = link(page, "/learner/lesson.xhtml\\?[^\"]+");
        quiz = link(page, "/learner/quiz.xhtml\\?[^\"]+");
        task = link(page, "/learner/task.xhtml\\?[^\"]+");
        handIn = handInWithAFile(USERS.get(Caller.LEARNER), page);
    }

    /** Someone signed in through Keycloak, over HTTP as a browser would go. */
    static HttpUser throughProvider(String username) {
        HttpUser user = HttpUser.anonymous();
        HttpResponse<String> signedIn = user.get(TestKeycloak.authorise(user, username));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
            throw new IllegalStateException("Could not sign in through the provider as " + username + ": "
                    + signedIn.headers().firstValue("Location").orElse(String.valueOf(signedIn.statusCode())));
        }
        return user;
    }

    /**
     * Birthe hands in a task with a file, so that the hand-in addresses name a real hand-in: the
     * first of her tasks that still takes a hand-in (other tests may have approved some).
     */
    private static long handInWithAFile(HttpUser learner, String coursePage) throws SQLException {
        Matcher tasks = Pattern.compile("/learner/task\\.xhtml\\?[^\"]+").matcher(coursePage);
        while (tasks.find() && filed() == null) {
            String address = tasks.group() + "&replace=true";
            org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(learner.get(address).body()).getElementById("handInForm");
            if (form != null) {
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.attr("value")));
                fields.put("handInForm:text", "Min refleksion");
                fields.put("handInForm:submit", "x");
                learner.postFile(form.attr("action"), fields, "handInForm:file", "refleksion.pdf", 2048);
            }
        }
        Long id = filed();
        if (id == null) {
            throw new IllegalStateException("Birthe could hand in none of her tasks with a file");
        }
        return id;
    }

    private static Long filed() throws SQLException {
        try (Connection c = TestAccounts.connect(); var query = c.prepareStatement("SELECT s.id FROM submission s"
                + " JOIN submission_file f ON f.submission_id = s.id WHERE s.enrolment_id = ? ORDER BY s.id LIMIT 1")) {
            query.setLong(1, birthe);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static String link(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("Birthe's course page has no link like " + pattern);
        }
        return matcher.group();
    }

    static List<Row> table() {
        String b = "e=" + birthe;
        String m = lesson.replaceAll(".*[?&]m=([^&]+).*", "$1");
        String l = lesson.replaceAll(".*[?&]l=([^&]+).*", "$1");
        return List.of(
                new Row("/", EVERYONE), new Row("/index.xhtml", EVERYONE), new Row("/login.xhtml", EVERYONE),
                new Row("/accessibility.xhtml", EVERYONE), new Row("/courses.xhtml", EVERYONE),
                new Row("/course.xhtml?code=FRI-001", EVERYONE), new Row("/verify.xhtml", EVERYONE),
                new Row("/verify/UNKNOWN-CODE", EVERYONE), new Row("/join.xhtml", EVERYONE), new Row("/activate.xhtml", EVERYONE),
                new Row("/confirm.xhtml", EVERYONE),
                new Row("/reset.xhtml", EVERYONE), new Row("/privacy.xhtml", EVERYONE), new Row("/sso/link.xhtml", EVERYONE),
                new Row("/account/my-data", EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))),
                new Row("/health/ready", EVERYONE), new Row("/health/live", EVERYONE),
                // The API's description is public, like the API's own key set; the server's metrics are for nobody.
                new Row("/openapi", EVERYONE), new Row("/metrics", NOBODY), new Row("/metrics/base", NOBODY),
                // The LRS tells anyone its version; its statements need an LRS client's credentials, not a sign-in.
                new Row("/xapi/about", EVERYONE),
                // A cmi5 or Tin Can launch needs the lesson page's token (Cmi5LaunchIT): without it, nobody launches anything.
                new Row("/learner/xapi-launch", NOBODY),

                new Row("/learner/index.xhtml", LEARNERS), new Row("/learner/transcript.xhtml", LEARNERS),
                new Row("/learner/transcript", LEARNERS),
                new Row("/learner/course.xhtml?" + b, EnumSet.of(Caller.LEARNER)),
                new Row(lesson, EnumSet.of(Caller.LEARNER)), new Row(quiz, EnumSet.of(Caller.LEARNER)),
                new Row(task, EnumSet.of(Caller.LEARNER)),
                new Row("/learner/document.xhtml?" + b + "&d=01-skabelon-rollekort", EnumSet.of(Caller.LEARNER)),
                new Row("/learner/certificate?" + b, NOBODY),
                new Row("/learner/hand-in?s=" + handIn, EnumSet.of(Caller.LEARNER)),
                new Row("/learner/hand-in?s=0", NOBODY),

                new Row("/instructor/index.xhtml", INSTRUCTORS), new Row("/instructor/courses.xhtml", INSTRUCTORS),
                Row.mayShow("/instructor/grading.xhtml", INSTRUCTORS, Caller.INSTRUCTOR), new Row("/instructor/approvals.xhtml", INSTRUCTORS),
                new Row("/instructor/documents.xhtml?code=FRI-001", EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/edit.xhtml?code=FRI-001", EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/history.xhtml?code=FRI-001", EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/cohorts.xhtml?code=FRI-001", EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/preview.xhtml?code=FRI-001", EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/lesson-edit.xhtml?code=FRI-001&m=" + m + "&l=" + l, EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/quiz-edit.xhtml?code=FRI-001&m=" + m, EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/course-zip?code=FRI-001", EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/grade.xhtml?s=" + handIn, EnumSet.of(Caller.INSTRUCTOR), EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/hand-in?s=" + handIn, EnumSet.of(Caller.INSTRUCTOR)),
                new Row("/instructor/grade.xhtml?s=0", NOBODY),
                new Row("/instructor/hand-in?s=0", NOBODY),
                new Row("/course-files/FRI-001/no-such-file.png", NOBODY),
                // FRI-001 launches no package; ElearningRuntimeIT serves a real one to its course's learners only.
                new Row("/elearning/FRI-001/" + "0".repeat(64) + "/index.html", NOBODY),

                new Row("/manager/index.xhtml", MANAGERS), new Row("/manager/dashboard.xhtml", MANAGERS),
                new Row("/manager/partnerships.xhtml", MANAGERS), new Row("/manager/bulk.xhtml", MANAGERS),
                new Row("/manager/reminders.xhtml", MANAGERS), new Row("/manager/approvals.xhtml", MANAGERS),
                new Row("/manager/instructors.xhtml", MANAGERS), new Row("/manager/api-clients.xhtml", MANAGERS),
                new Row("/manager/learners.xhtml", MANAGERS, EnumSet.of(Caller.MANAGER)),
                new Row("/manager/learners.xhtml?org=1", MANAGERS, NOBODY),
                new Row("/manager/export?table=learners&format=csv", MANAGERS, EnumSet.of(Caller.MANAGER)),
                new Row("/manager/export?table=dashboard&format=xlsx", MANAGERS),
                new Row("/manager/learner.xhtml?" + b, EnumSet.of(Caller.MANAGER), EnumSet.of(Caller.MANAGER)),

                new Row("/admin/index.xhtml", EnumSet.of(Caller.ADMIN)), new Row("/admin/content.xhtml", EnumSet.of(Caller.ADMIN)),
                new Row("/admin/instructors.xhtml", EnumSet.of(Caller.ADMIN)), new Row("/admin/scopes.xhtml", EnumSet.of(Caller.ADMIN)),
                new Row("/admin/audit.xhtml", EnumSet.of(Caller.ADMIN)), new Row("/admin/erase.xhtml", EnumSet.of(Caller.ADMIN)),
                new Row("/admin/api-clients.xhtml", EnumSet.of(Caller.ADMIN)),
                new Row("/admin/lrs-clients.xhtml", EnumSet.of(Caller.ADMIN)),
                new Row("/admin/sign-in-providers.xhtml", EnumSet.of(Caller.ADMIN)));
    }

    @Test
    void everyCallerGetsExactlyWhatTheTableAllows() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : table()) {
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = USERS.get(caller).get(row.path());
                checked++;
                boolean toLogin = response.statusCode() == 302
                        && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
                boolean allowed = response.statusCode() == 200 || response.statusCode() == 302 && !toLogin;
                boolean refused = caller == Caller.ANONYMOUS ? toLogin || response.statusCode() == 404
                        : response.statusCode() == 403 || response.statusCode() == 404;
                if (row.allowed().contains(caller) ? !allowed : !refused) {
                    wrong.add(caller + " " + row.path() + " -> " + response.statusCode() + " (expected "
                            + (row.allowed().contains(caller) ? "allowed" : "refused") + ")");
                } else if (allowed && row.seesSecret() != null
                        && response.body().contains(SECRET) != row.seesSecret().contains(caller)) {
                    wrong.add(caller + " " + row.path() + (row.seesSecret().contains(caller) ? " misses " : " shows ") + SECRET);
                } else if (response.body().contains(SECRET) && !row.mayShow().contains(caller)) {
                    wrong.add(caller + " " + row.path() + " shows " + SECRET);
                }
                Matcher leak = LEAK.matcher(response.body());
                if (leak.find()) {
                    wrong.add(caller + " " + row.path() + " shows a stack trace or SQL: " + leak.group());
                }
            }
        }
        System.out.printf("Access matrix: %d addresses × %d callers = %d requests%n", table().size(), Caller.values().length, checked);
        assertEquals(List.of(), wrong, "unexpected answers");
    }

    @Test
    void everyPageAndServletIsInTheTable() throws IOException {
        Set<String> listed = table().stream().map(r -> r.path().replaceAll("\\?.*", "")).collect(Collectors.toSet());
        listed.addAll(POST_ONLY);
        listed.addAll(SIGN_IN_THROUGH_PROVIDER);
        List<String> missing = new ArrayList<>();
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(page -> !listed.contains(page)).forEach(missing::add);
        }
        // @WebServlet("/x"), @WebServlet(value = "/x"), @WebServlet(urlPatterns = {"/x", "/y"}), and web.xml's mappings.
        Pattern servlet = Pattern.compile("@WebServlet\\((?:[^)]*?(?:value|urlPatterns)\\s*=\\s*)?\\{?\\s*((?:\"[^\"]+\"\\s*,?\\s*)+)");
        List<String> patterns = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = servlet.matcher(Files.readString(source));
                while (matcher.find()) {
                    Matcher each = Pattern.compile("\"([^\"]+)\"").matcher(matcher.group(1));
                    while (each.find()) {
                        patterns.add(each.group(1));
                    }
                }
            }
        }
        Matcher mapped = Pattern.compile("<url-pattern>([^<]+)</url-pattern>").matcher(
                Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml")).replaceAll("(?s)<security-constraint>.*?</security-constraint>", "")
                        .replaceAll("(?s)<filter-mapping>.*?</filter-mapping>", ""));
        while (mapped.find()) {
            patterns.add(mapped.group(1));
        }
        for (String pattern : patterns) {
            if (pattern.startsWith("*.")) {
                continue;   // *.xhtml: the pages, listed above one by one
            }
            String prefix = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 1) : null;
            if (prefix == null ? !listed.contains(pattern) : listed.stream().noneMatch(p -> p.startsWith(prefix))) {
                missing.add(pattern);
            }
        }
        assertTrue(patterns.size() >= 10, "the servlets were found: " + patterns);
        assertTrue(missing.isEmpty(), "add these to the access matrix: " + missing);
    }
}
