package dk.samskab.catalogue;

import dk.samskab.platform.Text;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a course's workload breakdown: what the hours go to, how many, and an optional note. */
public record WorkloadItem(Kind kind, BigDecimal hours, Text note) implements Serializable {

    /** What learners spend the hours on. */
    public enum Kind implements CodedValue {
        /** Reading the pensum and the supplementary literature. */
        READING,
        /** The online lessons, with the activities they state. */
        ONLINE_LESSONS,
        QUIZZES,
        /** Reflection tasks and other hand-ins during the course. */
        TASKS,
        CAMPUS_DAYS,
        /** Work in one's own practice, such as planning and running a small experiment. */
        PRACTICE,
        /** The final assignment or exam, including preparation. */
        EXAM,
        OTHER
    }
}
