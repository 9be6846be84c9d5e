package dk.samskab.bench;

import static io.gatling.javaapi.core.CoreDsl.regex;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner's browser reads off Samskab's pages: the JSF view state, the forms a page
 * offers (mark done, a quiz) and the links onward. Kept in the virtual user's session.
 */
final class Pages {

    static final String VIEW_STATE = "viewState";
    static final String LESSON_ACTION = "lessonAction";
    static final String QUIZ_ACTION = "quizAction";
    static final String QUIZ_SUBMIT = "quizSubmit";
    static final String ATTEMPT_TOKEN = "attemptToken";
    static final String CHOICES = "choices";
    static final String GO_ON = "goOn";
    static final String CONTINUE = "continue";
    static final String[] ALL = {VIEW_STATE, LESSON_ACTION, QUIZ_ACTION, QUIZ_SUBMIT, ATTEMPT_TOKEN, CHOICES, GO_ON, CONTINUE};

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private Pages() {
    }

    /** Checks that read everything a page may offer; what a page lacks is simply not saved. */
    static CheckBuilder[] reading() {
        return new CheckBuilder[] {
            regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").transform(Pages::unescape).optional().saveAs(VIEW_STATE),
            regex("<form id=\"lessonForm\"[^>]*action=\"([^\"]+)\"").transform(Pages::unescape).optional().saveAs(LESSON_ACTION),
            regex("<form id=\"quizForm\"[^>]*action=\"([^\"]+)\"").transform(Pages::unescape).optional().saveAs(QUIZ_ACTION),
            regex("name=\"(quizForm:submit)\"").optional().saveAs(QUIZ_SUBMIT),
            regex("name=\"attemptToken\" value=\"([^\"]*)\"").optional().saveAs(ATTEMPT_TOKEN),
            regex("<input[^>]*type=\"(?:radio|checkbox)\"[^>]*>").findAll().optional().saveAs(CHOICES),
            regex("id=\"goOn(?:AfterFeedback)?\" class=\"button\" href=\"([^\"]+)\"").transform(Pages::unescape).optional().saveAs(GO_ON),
            regex("id=\"continue\" class=\"button\" href=\"([^\"]+)\"").transform(Pages::unescape).optional().saveAs(CONTINUE),
            // A signed-in page that shows the login form means the session was lost: an error.
            regex("id=\"loginForm\"").notExists(),
        };
    }

    /** Forgets what the previous page offered, before the next one is read. */
    static Session forget(Session session) {
        return session.removeAll(ALL);
    }

    static boolean offersQuiz(Session session) {
        return session.contains(QUIZ_ACTION) && session.contains(QUIZ_SUBMIT) && !session.contains(GO_ON);
    }

    /** The quiz form as a learner fills it in: the first choice of every question, the rest left open. */
    static Map<String, Object> quizAnswers(Session session) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("quizForm", "quizForm");
        form.put("quizForm:submit", "Indsend");
        form.put("attemptToken", session.getString(ATTEMPT_TOKEN));
        form.put("jakarta.faces.ViewState", session.getString(VIEW_STATE));
        List<String> inputs = session.contains(CHOICES) ? session.getList(CHOICES) : new ArrayList<>();
        for (String input : inputs) {
            Matcher name = NAME.matcher(input);
            Matcher value = VALUE.matcher(input);
            if (name.find() && value.find()) {
                form.putIfAbsent(name.group(1), value.group(1));
            }
        }
        return form;
    }

    /** Null stays null: Gatling hands an optional check's missing value to its transformation too. */
    static String unescape(String html) {
        return html == null ? null : html.replace("&amp;", "&").replace("&#58;", ":");
    }
}
