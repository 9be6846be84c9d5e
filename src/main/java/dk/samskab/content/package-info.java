/** The course-content folder format: reading with validation, the one rule set, import into the catalogue and export back to files. */
package dk.samskab.content;
