/** Cohorts and enrolments: self-enrolment, enrolment keys, seats, the waitlist and its automatic promotion, and bulk enrolment from a spreadsheet. */
package dk.samskab.enrolment;
