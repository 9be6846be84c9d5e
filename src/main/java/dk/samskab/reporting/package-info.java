/** Training managers' reports: their scope, the scoped report queries, and CSV and XLSX export. */
package dk.samskab.reporting;
