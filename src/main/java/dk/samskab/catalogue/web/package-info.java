/** The public catalogue: course list with filters, course pages with syllabus, and the language-aware texts they show. */
package dk.samskab.catalogue.web;
