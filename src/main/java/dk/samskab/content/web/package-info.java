/** The administrators' course-content page: import and validation results. */
package dk.samskab.content.web;
