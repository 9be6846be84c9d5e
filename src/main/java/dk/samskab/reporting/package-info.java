/** Training managers' reports: their scope, the scoped report queries, CSV and XLSX export, and bulk enrolment from a spreadsheet. */
package dk.samskab.reporting;
