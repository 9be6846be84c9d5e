package dk.samskab.learning.web;

import dk.samskab.account.web.CurrentUser;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.catalogue.Text;
import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.LearningService;
import dk.samskab.learning.QuizGrader;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module quiz: every question type as plain form controls that work with a keyboard and on a
 * phone (radio buttons, check boxes, and drop-downs for ordering and matching), then the score
 * and the feedback for each answer.
 */
@Named
@RequestScoped
public class QuizPage {

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearningService learning;

    @Inject
    CurrentUser currentUser;

    private Long enrolmentId;
    private String moduleSlug;
    private ModuleDefinition module;
    private CourseProgress.ModuleProgress moduleProgress;
    private QuizGrader.Result result;

    /** Chosen option ids (single choice, true/false), per question id. */
    private final Map<String, String> single = new HashMap<>();
    /** Chosen option ids (multiple choice), per question id. */
    private final Map<String, Object> multiple = new HashMap<>();
    /** The item at each position (ordering), keyed "question#position". */
    private final Map<String, String> order = new HashMap<>();
    /** The right-hand text chosen for each left-hand text (matching), keyed "question#pair". */
    private final Map<String, String> matches = new HashMap<>();

    public void load() throws IOException {
        if (ensureLoaded()) {
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /**
     * Loads the quiz from the address (the form posts back to the same address), so the questions
     * are known in every phase of a postback; false if the caller has no such quiz.
     */
    private boolean ensureLoaded() {
        if (module != null) {
            return true;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (enrolmentId == null && params.get("e") != null && params.get("e").matches("\\d{1,18}")) {
            enrolmentId = Long.valueOf(params.get("e"));
        }
        if (moduleSlug == null) {
            moduleSlug = params.get("m");
        }
        try {
            var enrolment = enrolments.own(currentUser.getEmail(), enrolmentId == null ? -1 : enrolmentId);
            module = Learning.course(enrolment).modules().stream().filter(m -> m.slug().equals(moduleSlug))
                    .findFirst().orElse(null);
            if (module != null) {
                moduleProgress = learning.progress(currentUser.getEmail(), enrolmentId).module(moduleSlug);
                return true;
            }
        } catch (EnrolmentException e) {
            // not the caller's enrolment: not found
        }
        return false;
    }

    public void submit() {
        if (!ensureLoaded()) {
            return;
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (QuizDefinition.Question question : module.quiz().questions()) {
            answers.put(question.id(), answer(question));
        }
        try {
            result = learning.submitQuiz(currentUser.getEmail(), enrolmentId, moduleSlug, answers);
            moduleProgress = learning.progress(currentUser.getEmail(), enrolmentId).module(moduleSlug);
        } catch (LearningException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("learning.refused." + refused.reason()), null));
        }
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
        return values.stream().sorted(Comparator.comparing((T v) -> Integer.toHexString((id.apply(v) + moduleSlug).hashCode())))
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

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public void setModuleSlug(String moduleSlug) {
        this.moduleSlug = moduleSlug;
    }

    public ModuleDefinition getModule() {
        ensureLoaded();
        return module;
    }

    public CourseProgress.ModuleProgress getModuleProgress() {
        return moduleProgress;
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
