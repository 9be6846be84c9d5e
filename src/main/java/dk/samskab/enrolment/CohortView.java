package dk.samskab.enrolment;

import java.time.LocalDate;

/** A cohort as the course page shows it, with the seats left (null when the cohort has no limit). */
public record CohortView(long id, String name, LocalDate startsOn, LocalDate endsOn, Integer capacity, Long seatsLeft,
        boolean hasKey) {
}
