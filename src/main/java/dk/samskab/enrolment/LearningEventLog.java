package dk.samskab.enrolment;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Consumer;

/** The one writer of the learning-event log: every fired {@link LoggedFact} becomes one row, in the fact's transaction. */
@ApplicationScoped
public class LearningEventLog {

    @PersistenceContext
    EntityManager em;

    /** Before other observers, so that a fact's row precedes the rows of what follows from it. */
    void write(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) LoggedFact fact) {
        write(em, fact);
    }

    static void write(EntityManager em, LoggedFact fact) {
        em.persist(new LearningEvent(fact));
    }

    /** Outside the container, where no observer runs: the rule classes' facts written straight to the log. */
    public static Consumer<LoggedFact> writer(EntityManager em) {
        return fact -> write(em, fact);
    }
}
