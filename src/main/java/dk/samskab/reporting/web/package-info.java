/** The managers' dashboard, drill-down, partnership view, exports and bulk upload pages. */
package dk.samskab.reporting.web;
