package dk.samskab.learning.web;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.learning.CoursePath;
import dk.samskab.learning.Step;
import dk.samskab.learning.Step.Kind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for a learner's steps in the page's language: each step's kind, a time estimate
 * ("2 timer og 10 minutter"), and what is still required for completion and for ECTS, with
 * proper singular and plural forms.
 */
@Named
@RequestScoped
public class StepTexts {

    private Locale locale;
    private ResourceBundle bundle;

    private String text(String key, Object... arguments) {
        if (bundle == null) {
            locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            bundle = ResourceBundle.getBundle("dk.samskab.i18n.messages", locale);
        }
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** "Lektion", "Quiz", "Refleksionsopgave" or "Afsluttende opgave". */
    public String kind(Step step) {
        return text("step." + step.kind());
    }

    /**
     * A time in words, rounded as an estimate should be: minutes under an hour, then hours and
     * five-minute steps, and whole hours from ten hours on.
     */
    public String time(int minutes) {
        if (minutes < 60) {
            return text("time.minutes", minutes);
        }
        if (minutes >= 600) {
            return text("time.hours", Math.round(minutes / 60.0));
        }
        int rounded = Math.round(minutes / 5.0f) * 5;
        int hours = rounded / 60;
        int rest = rounded % 60;
        return rest == 0 ? text("time.hours", hours)
                : text("time.hoursAndMinutes", text("time.hours", hours), text("time.minutes", rest));
    }

    /** "ca. 45 minutter": a step's time, which is an estimate. */
    public String about(int minutes) {
        return text("time.about", time(minutes));
    }

    /** "ca. 2 timer og 10 minutter tilbage". */
    public String timeLeft(int minutes) {
        return text("progress.timeLeft", time(minutes));
    }

    /**
     * What is still required for completion, in one phrase: "3 quizzer, 1 refleksionsopgave og
     * den afsluttende opgave, bedømt til 02 eller derover".
     */
    public String remaining(CoursePath path, CourseDefinition course) {
        List<String> parts = new ArrayList<>();
        for (Kind kind : List.of(Kind.LESSON, Kind.QUIZ, Kind.REFLECTION)) {
            int count = path.remainingCount(kind);
            if (count > 0) {
                parts.add(text("path.count." + kind, count));
            }
        }
        path.finalAssignment().filter(s -> !s.isDone()).ifPresent(s -> parts.add(s.state() == Step.State.WAITING
                ? text("path.final.waiting") : text("path.final." + scale(course))));
        return join(parts);
    }

    /** What earns the course's ECTS credits, or null for a course without them. */
    public String ectsRequirement(CourseDefinition course) {
        if (!course.carriesEcts() || course.assessment().finalAssignment() == null) {
            return null;
        }
        return text("path.ects." + scale(course), course.ects());
    }

    private static String scale(CourseDefinition course) {
        return course.assessment().scale() == AssessmentScale.SEVEN_POINT ? "seven_point" : "pass_fail";
    }

    /** "a", "a og b", "a, b og c". */
    private String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + text("path.and") + " " + parts.get(parts.size() - 1);
    }
}
