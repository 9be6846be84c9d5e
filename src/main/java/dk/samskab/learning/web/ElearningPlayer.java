package dk.samskab.learning.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.elearning.ControlMode;
import dk.samskab.elearning.LaunchItem;
import dk.samskab.elearning.PackageStandard;
import dk.samskab.learning.ElearningAttempt;
import dk.samskab.learning.ElearningRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The player of a package lesson on the lesson page: the package's items with the learner's state
 * in each, and the settings the page's script gives the SCORM run-time (where to commit, the
 * learner's stored data to resume from, the item's mastery score).
 */
@Named
@RequestScoped
public class ElearningPlayer {

    @Inject
    CoursePlayer player;

    @Inject
    ElearningRuntime runtime;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    private ElearningRuntime.OpenedLesson opened;

    /**
     * One item as the learner sees it in the list.
     *
     * @param launchUrl where a cmi5 AU is launched from: the learner's own window goes there and
     *                  comes back to the lesson; null for a SCORM item, which plays in the page's frame
     */
    public record ItemView(String identifier, String title, State state, Integer scorePercent, boolean locked, boolean sco,
            String launchUrl) {
    }

    /** Where the learner stands in an item. */
    public enum State {
        NOT_STARTED, INCOMPLETE, COMPLETED, PASSED, FAILED
    }

    public boolean isShown() {
        ModuleDefinition.Lesson lesson = player.getCourse() == null ? null : player.lesson();
        return lesson != null && lesson.isElearning() && player.isOpen();
    }

    private ElearningRuntime.OpenedLesson opened() {
        if (opened == null) {
            opened = runtime.open(currentUser.getEmail(), player.getEnrolmentId(), lessonKey());
        }
        return opened;
    }

    private String lessonKey() {
        return player.getModuleSlug() + "/" + player.getLessonSlug();
    }

    public boolean isLessonDone() {
        return opened().done();
    }

    public List<ItemView> getItems() {
        ElearningRuntime.OpenedLesson lesson = opened();
        ControlMode control = lesson.storedPackage().controlMode();
        boolean inOrder = lesson.storedPackage().getStandard() == PackageStandard.SCORM_2004 && !control.choice();
        List<ItemView> views = new ArrayList<>();
        boolean earlierOpen = false;
        List<LaunchItem> items = lesson.storedPackage().items();
        for (int i = 0; i < items.size(); i++) {
            LaunchItem item = items.get(i);
            ElearningAttempt attempt = lesson.attempts().get(item.identifier());
            views.add(new ItemView(item.identifier(), item.title(), state(attempt), percent(attempt), inOrder && earlierOpen,
                    item.sco(), isXapiLaunch() ? xapiLaunch(i) : null));
            earlierOpen |= item.sco() && !lesson.satisfied(item);
        }
        return views;
    }

    private static State state(ElearningAttempt attempt) {
        return attempt == null ? State.NOT_STARTED : State.valueOf(attempt.getState());
    }

    private static Integer percent(ElearningAttempt attempt) {
        return attempt == null ? null : attempt.getScorePercent();
    }

    /**
     * Whether the package reports by xAPI (cmi5, Tin Can): its items are launched into the learner's
     * own window with a session of their own, rather than played in the page's frame with the SCORM run-time.
     */
    public boolean isXapiLaunch() {
        return opened().storedPackage().getStandard().reportsByXapi();
    }

    /** The launch of the item at this position, which sends the learner back to this lesson page when they leave it. */
    private String xapiLaunch(int index) {
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + "/learner/xapi-launch?e=" + player.getEnrolmentId() + "&l=" + encode(lessonKey()) + "&i=" + index
                + "&r=" + encode(page) + "&t=" + RuntimeToken.of(request);
    }

    /** scorm-again's build for the package's edition. */
    public String getRuntimeScript() {
        return opened().storedPackage().getStandard() == PackageStandard.SCORM_12 ? "scorm12.min.js" : "scorm2004.min.js";
    }

    /** The run-time's settings as JSON, for a script element of type application/json. */
    public String getConfigJson() {
        ElearningRuntime.OpenedLesson lesson = opened();
        String context = request.getContextPath();
        String key = lesson.lesson().elearning().packageKey();
        ControlMode control = lesson.storedPackage().controlMode();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (LaunchItem item : lesson.storedPackage().items()) {
            ElearningAttempt attempt = lesson.attempts().get(item.identifier());
            var entry = Json.createObjectBuilder().add("id", item.identifier()).add("title", item.title())
                    .add("launch", item.launchPath()).add("sco", item.sco())
                    .add("lmsCompletes", item.sco() && !item.completionSetByContent())
                    .add("cmi", attempt == null ? JsonObject.EMPTY_JSON_OBJECT : parse(attempt.getCmi()));
            if (item.masteryScore() != null) {
                entry.add("mastery", item.masteryScore());
            }
            items.add(entry);
        }
        String commit = context + "/learner/elearning-commit?e=" + player.getEnrolmentId() + "&l=" + encode(lessonKey())
                + "&t=" + RuntimeToken.of(request);
        JsonObject config = Json.createObjectBuilder()
                .add("standard", lesson.storedPackage().getStandard().name())
                .add("base", context + "/elearning/" + player.getCourse().code() + "/" + key + "/")
                .add("commit", commit)
                .add("learner", Json.createObjectBuilder().add("id", "samskab-" + lesson.enrolment().getPerson().getId())
                        .add("name", lesson.enrolment().getPerson().getFullName()))
                .add("choice", control.choice() || lesson.storedPackage().getStandard() == PackageStandard.SCORM_12)
                .add("flow", control.flow() || lesson.storedPackage().getStandard() == PackageStandard.SCORM_12)
                .add("forwardOnly", control.forwardOnly())
                .add("items", items).build();
        // Inside a script element, "</" would end it early; JSON allows the escaped form.
        return config.toString().replace("</", "<\\/");
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
