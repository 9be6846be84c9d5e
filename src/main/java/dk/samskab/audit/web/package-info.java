/** The administrators' audit log page. */
package dk.samskab.audit.web;
