/** The managers' dashboard, drill-down, partnership view and exports. */
package dk.samskab.reporting.web;
