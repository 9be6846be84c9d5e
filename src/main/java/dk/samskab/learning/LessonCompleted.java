package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;

/** A lesson marked done for the first time; lessonKey is "module/lesson". */
public record LessonCompleted(Enrolment enrolment, String lessonKey) implements LoggedFact {

    @Override
    public String type() {
        return "LESSON_COMPLETED";
    }

    @Override
    public String detail() {
        return lessonKey;
    }
}
