/** The instructors' cohorts, enrolment on the course page, joining by invitation and confirming a registration, cohort invitations, approvals of enrolment requests and the managers' bulk upload. */
package dk.samskab.enrolment.web;
