/** Courses and their published versions: metadata, outcomes, ECTS, modules, lessons, quizzes and assessment. */
package dk.samskab.catalogue;
