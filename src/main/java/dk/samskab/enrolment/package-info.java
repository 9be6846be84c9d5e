/** Cohorts and enrolments: self-enrolment, enrolment keys, seats, the waitlist and its automatic promotion. */
package dk.samskab.enrolment;
