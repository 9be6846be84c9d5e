package dk.samskab.authoring.form;

import dk.samskab.authoring.SeedTexts;
import dk.samskab.catalogue.QuestionType;
import dk.samskab.catalogue.QuizDefinition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A module quiz in the editor: threshold, attempts and questions of every type the model has. */
public class QuizForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One question. Choice questions use options; ordering uses entries as items in the right
     * order; matching uses entries as pairs (text = left, other = right).
     */
    public static class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;

        private String id;
        private QuestionType type = QuestionType.SINGLE_CHOICE;
        private TextField text = new TextField();
        private List<OptionForm> options = new ArrayList<>();
        private List<EntryForm> entries = new ArrayList<>();
        private TextField correctFeedback = new TextField();
        private TextField incorrectFeedback = new TextField();

        static QuestionForm of(QuizDefinition.Question q) {
            QuestionForm form = new QuestionForm();
            form.id = q.id();
            form.type = q.type();
            form.text = TextField.of(q.text());
            q.options().forEach(o -> form.options.add(OptionForm.of(o)));
            q.items().forEach(i -> form.entries.add(EntryForm.of(i.id(), i.text(), null)));
            q.pairs().forEach(p -> form.entries.add(EntryForm.of(p.id(), p.left(), p.right())));
            if (q.feedback() != null) {
                form.correctFeedback = TextField.of(q.feedback().correct());
                form.incorrectFeedback = TextField.of(q.feedback().incorrect());
            }
            return form;
        }

        QuizDefinition.Question toQuestion() {
            boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
                    || type == QuestionType.TRUE_FALSE;
            List<QuizDefinition.Option> opts = choice ? options.stream().map(OptionForm::toOption).toList() : List.of();
            List<QuizDefinition.Item> items = type == QuestionType.ORDERING
                    ? entries.stream().map(e -> new QuizDefinition.Item(e.id, e.text.toText())).toList() : List.of();
            List<QuizDefinition.Pair> pairs = type == QuestionType.MATCHING
                    ? entries.stream().map(e -> new QuizDefinition.Pair(e.id, e.text.toText(), e.other.toText())).toList()
                    : List.of();
            QuizDefinition.Feedback feedback = choice ? null
                    : new QuizDefinition.Feedback(correctFeedback.toText(), incorrectFeedback.toText());
            return new QuizDefinition.Question(id, type, text.toText(), opts, items, pairs, feedback);
        }

        /** Adds an option (choice), an item (ordering) or a pair (matching), with the next free id. */
        public void addEntry() {
            String next = String.valueOf((char) ('a' + Math.max(options.size(), entries.size())));
            if (type == QuestionType.ORDERING || type == QuestionType.MATCHING) {
                entries.add(EntryForm.of(next, null, null));
            } else {
                OptionForm option = new OptionForm();
                option.id = next;
                options.add(option);
            }
        }

        public String getId() {
            return id;
        }

        public QuestionType getType() {
            return type;
        }

        public void setType(QuestionType type) {
            this.type = type;
        }

        public TextField getText() {
            return text;
        }

        public List<OptionForm> getOptions() {
            return options;
        }

        public List<EntryForm> getEntries() {
            return entries;
        }

        public TextField getCorrectFeedback() {
            return correctFeedback;
        }

        public TextField getIncorrectFeedback() {
            return incorrectFeedback;
        }
    }

    /** An answer option with its own feedback. */
    public static class OptionForm implements Serializable {
        private static final long serialVersionUID = 1L;

        private String id;
        private TextField text = new TextField();
        private boolean correct;
        private TextField feedback = new TextField();

        static OptionForm of(QuizDefinition.Option o) {
            OptionForm form = new OptionForm();
            form.id = o.id();
            form.text = TextField.of(o.text());
            form.correct = o.correct();
            form.feedback = TextField.of(o.feedback());
            return form;
        }

        QuizDefinition.Option toOption() {
            return new QuizDefinition.Option(id, text.toText(), correct, feedback.toText());
        }

        public String getId() {
            return id;
        }

        public TextField getText() {
            return text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public TextField getFeedback() {
            return feedback;
        }
    }

    /** An ordering item, or a matching pair (other = the right-hand side). */
    public static class EntryForm implements Serializable {
        private static final long serialVersionUID = 1L;

        private String id;
        private TextField text = new TextField();
        private TextField other = new TextField();

        static EntryForm of(String id, dk.samskab.platform.Text text, dk.samskab.platform.Text other) {
            EntryForm form = new EntryForm();
            form.id = id;
            form.text = TextField.of(text);
            form.other = TextField.of(other);
            return form;
        }

        public String getId() {
            return id;
        }

        public TextField getText() {
            return text;
        }

        public TextField getOther() {
            return other;
        }
    }

    private int passThreshold = 80;
    private int attempts = 3;
    private List<QuestionForm> questions = new ArrayList<>();

    public static QuizForm of(QuizDefinition quiz) {
        QuizForm form = new QuizForm();
        if (quiz != null) {
            form.passThreshold = quiz.passThreshold();
            form.attempts = quiz.attempts();
            quiz.questions().forEach(q -> form.questions.add(QuestionForm.of(q)));
        }
        return form;
    }

    public QuizDefinition toQuiz() {
        return new QuizDefinition(passThreshold, attempts, questions.stream().map(QuestionForm::toQuestion).toList());
    }

    /** Adds a true/false question with "true" as the right answer; its texts are for the author to write. */
    public void addTrueFalse() {
        QuestionForm question = new QuestionForm();
        question.id = "q" + (questions.size() + 1);
        question.type = QuestionType.TRUE_FALSE;
        OptionForm yes = new OptionForm();
        yes.id = "true";
        yes.text = TextField.of(SeedTexts.of("option.true"));
        yes.correct = true;
        OptionForm no = new OptionForm();
        no.id = "false";
        no.text = TextField.of(SeedTexts.of("option.false"));
        question.options.add(yes);
        question.options.add(no);
        questions.add(question);
    }

    /** Adds a single-choice question with three empty options and the next free id. */
    public QuestionForm addQuestion() {
        QuestionForm question = new QuestionForm();
        int n = questions.size() + 1;
        while (taken("q" + n)) {
            n++;
        }
        question.id = "q" + n;
        for (int i = 0; i < 3; i++) {
            question.addEntry();
        }
        questions.add(question);
        return question;
    }

    private boolean taken(String id) {
        return questions.stream().anyMatch(q -> q.id.equals(id));
    }

    public int getPassThreshold() {
        return passThreshold;
    }

    public void setPassThreshold(int passThreshold) {
        this.passThreshold = passThreshold;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }
}
