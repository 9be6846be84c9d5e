/** Enrolment on the course page, joining by invitation and confirming a registration, cohort invitations and approvals of enrolment requests. */
package dk.samskab.enrolment.web;
