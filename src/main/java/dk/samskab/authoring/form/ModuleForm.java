package dk.samskab.authoring.form;

import dk.samskab.authoring.SeedTexts;
import dk.samskab.catalogue.ModuleDefinition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A module in the editor: titles, its lessons in order, its quiz and an optional reflection task. */
public class ModuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A lesson in the editor. */
    public static class LessonForm implements Serializable {
        private static final long serialVersionUID = 1L;

        private String slug;
        private TextField title = new TextField();
        private int minutes = 15;
        private boolean required = true;
        private TextField body = new TextField();
        // Stated in module.yaml and carried through the editor unchanged.
        private java.util.ArrayList<ModuleDefinition.Activity> activities = new java.util.ArrayList<>();
        // The lesson's e-learning package, set by an upload on the lesson page; null for a text lesson.
        private ModuleDefinition.ElearningLesson elearning;

        static LessonForm of(ModuleDefinition.Lesson lesson) {
            LessonForm form = new LessonForm();
            form.slug = lesson.slug();
            form.title = TextField.of(lesson.title());
            form.minutes = lesson.minutes();
            form.required = lesson.required();
            form.body = TextField.of(lesson.body());
            form.activities = new java.util.ArrayList<>(lesson.activities());
            form.elearning = lesson.elearning();
            return form;
        }

        ModuleDefinition.Lesson toLesson() {
            return new ModuleDefinition.Lesson(slug, title.toText(), minutes, required, body.toText(), List.copyOf(activities), elearning);
        }

        public ModuleDefinition.ElearningLesson getElearning() {
            return elearning;
        }

        public void setElearning(ModuleDefinition.ElearningLesson elearning) {
            this.elearning = elearning;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public TextField getTitle() {
            return title;
        }

        public int getMinutes() {
            return minutes;
        }

        public void setMinutes(int minutes) {
            this.minutes = minutes;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public TextField getBody() {
            return body;
        }
    }

    private String slug;
    private TextField title = new TextField();
    private TextField summary = new TextField();
    private List<LessonForm> lessons = new ArrayList<>();
    private QuizForm quiz = new QuizForm();
    private boolean hasReflection;
    private TextField reflectionPrompt = new TextField();
    private List<TextField> reflectionRubric = new ArrayList<>();

    public static ModuleForm of(ModuleDefinition module) {
        ModuleForm form = new ModuleForm();
        form.slug = module.slug();
        form.title = TextField.of(module.title());
        form.summary = TextField.of(module.summary());
        module.lessons().forEach(l -> form.lessons.add(LessonForm.of(l)));
        form.quiz = QuizForm.of(module.quiz());
        form.hasReflection = module.reflection() != null;
        if (form.hasReflection) {
            form.reflectionPrompt = TextField.of(module.reflection().prompt());
            module.reflection().rubric().forEach(r -> form.reflectionRubric.add(TextField.of(r)));
        }
        if (form.reflectionRubric.isEmpty()) {
            form.reflectionRubric.add(new TextField());
        }
        return form;
    }

    public ModuleDefinition toModule() {
        ModuleDefinition.Reflection reflection = hasReflection ? new ModuleDefinition.Reflection(reflectionPrompt.toText(),
                reflectionRubric.stream().filter(r -> !r.isEmpty()).map(TextField::toText).toList()) : null;
        return new ModuleDefinition(slug, title.toText(), summary.toText(),
                lessons.stream().map(LessonForm::toLesson).toList(), quiz.toQuiz(), reflection);
    }

    /** Adds a lesson at the end, with a name from its position. */
    public LessonForm addLesson() {
        LessonForm lesson = new LessonForm();
        lesson.slug = String.format("%02d-lektion-%d", lessons.size() + 1, lessons.size() + 1);
        lesson.title = TextField.of(SeedTexts.of("lesson.new"));
        lessons.add(lesson);
        return lesson;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public TextField getTitle() {
        return title;
    }

    public TextField getSummary() {
        return summary;
    }

    public List<LessonForm> getLessons() {
        return lessons;
    }

    public QuizForm getQuiz() {
        return quiz;
    }

    public boolean isHasReflection() {
        return hasReflection;
    }

    public void setHasReflection(boolean hasReflection) {
        this.hasReflection = hasReflection;
    }

    public TextField getReflectionPrompt() {
        return reflectionPrompt;
    }

    public List<TextField> getReflectionRubric() {
        return reflectionRubric;
    }
}
