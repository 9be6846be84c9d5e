package dk.samskab.learning.web;

import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.platform.Text;
import dk.samskab.learning.QuizGrader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers to a module quiz as plain form controls that work with a keyboard and on a phone
 * (radio buttons, check boxes, and drop-downs for ordering and matching), and the result with
 * the feedback for each answer. The learner's quiz and the instructor's preview both use it, so
 * the preview behaves exactly as the learner's quiz does.
 */
public abstract class QuizAnswers {

    /** Chosen option ids (single choice, true/false), per question id. */
    private final Map<String, String> single = new HashMap<>();
    /** Chosen option ids (multiple choice), per question id. */
    private final Map<String, Object> multiple = new HashMap<>();
    /** The item at each position (ordering), keyed "question#position". */
    private final Map<String, String> order = new HashMap<>();
    /** The right-hand text chosen for each left-hand text (matching), keyed "question#pair". */
    private final Map<String, String> matches = new HashMap<>();

    protected QuizGrader.Result result;

    public abstract ModuleDefinition getModule();

    /** The answers given, per question id, in the form QuizGrader reads. */
    protected Map<String, List<String>> answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (QuizDefinition.Question question : getModule().quiz().questions()) {
            answers.put(question.id(), answer(question));
        }
        return answers;
    }

    private List<String> answer(QuizDefinition.Question question) {
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> single.get(question.id()) == null ? List.of() : List.of(single.get(question.id()));
            case MULTIPLE_CHOICE -> chosen(multiple.get(question.id()));
            case ORDERING -> {
                List<String> ordered = new ArrayList<>();
                for (int position = 1; position <= question.items().size(); position++) {
                    ordered.add(String.valueOf(order.get(question.id() + "#" + position)));
                }
                yield ordered;
            }
            case MATCHING -> question.pairs().stream()
                    .map(p -> p.id() + "=" + matches.get(question.id() + "#" + p.id())).toList();
        };
    }

    private static List<String> chosen(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** Items and right-hand texts are offered in a fixed order that differs from the correct one. */
    public <T> List<T> shuffled(List<T> values, java.util.function.Function<T, String> id) {
        return values.stream().sorted(Comparator.comparing((T v) -> Integer.toHexString((id.apply(v) + getModule().slug()).hashCode())))
                .toList();
    }

    public List<QuizDefinition.Item> shuffledItems(QuizDefinition.Question question) {
        return shuffled(question.items(), QuizDefinition.Item::id);
    }

    public List<QuizDefinition.Pair> shuffledPairs(QuizDefinition.Question question) {
        return shuffled(question.pairs(), QuizDefinition.Pair::id);
    }

    public List<Integer> positions(QuizDefinition.Question question) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i <= question.items().size(); i++) {
            positions.add(i);
        }
        return positions;
    }

    public QuizGrader.QuestionResult resultFor(String questionId) {
        return result == null ? null
                : result.questions().stream().filter(q -> q.questionId().equals(questionId)).findFirst().orElse(null);
    }

    public List<Text> feedbackFor(String questionId) {
        QuizGrader.QuestionResult questionResult = resultFor(questionId);
        return questionResult == null ? List.of() : questionResult.feedback();
    }

    /**
     * A feedback text in the page's language. Authors often open it with a verdict ("Rigtigt.",
     * "Nej."), and the page states the verdict just above it; an opening that only repeats that
     * verdict is left out, so the learner never reads "Rigtigt. Rigtigt.". An opening that says
     * otherwise (a right option in a question answered wrongly) stays.
     */
    public String feedbackText(String questionId, Text feedback) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String text = feedback.in(locale);
        QuizGrader.QuestionResult questionResult = resultFor(questionId);
        if (questionResult == null || text == null) {
            return text;
        }
        String openings = java.util.ResourceBundle.getBundle("dk.samskab.i18n.messages", locale)
                .getString(questionResult.correct() ? "quiz.rightOpenings" : "quiz.wrongOpenings");
        for (String opening : openings.split("\\|")) {
            for (String end : List.of(". ", "! ")) {
                if (text.startsWith(opening + end)) {
                    return text.substring(opening.length() + end.length());
                }
            }
        }
        return text;
    }

    public QuizGrader.Result getResult() {
        return result;
    }

    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, Object> getMultiple() {
        return multiple;
    }

    public Map<String, String> getOrder() {
        return order;
    }

    public Map<String, String> getMatches() {
        return matches;
    }
}
