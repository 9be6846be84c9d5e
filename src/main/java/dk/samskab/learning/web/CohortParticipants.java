package dk.samskab.learning.web;

import dk.samskab.enrolment.CohortService;
import dk.samskab.learning.LearningService;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The participants of a cohort with their progress, for the instructors' cohort page; read once per request. */
@Named
@RequestScoped
public class CohortParticipants {

    /** A participant at a glance. */
    public record Participant(String name, String status, int percent) {
    }

    @Inject
    CohortService cohorts;

    @Inject
    LearningService learning;

    @Inject
    Caller caller;

    private Long cohortId;
    private List<Participant> participants = List.of();

    /** The cohort's participants, if the caller teaches its course (refused by CohortService otherwise). */
    public List<Participant> of(Long cohort) {
        if (cohort != null && !cohort.equals(cohortId)) {
            participants = cohorts.enrolments(caller, cohort).stream()
                    .map(e -> new Participant(e.getPerson().getFullName(), e.getStatus().name(), learning.progressOf(e).percent()))
                    .toList();
            cohortId = cohort;
        }
        return cohort == null ? List.of() : participants;
    }
}
