/** The instructors' pages: course list, course, lesson and quiz editors, preview, history, documents and assignments. */
package dk.samskab.authoring.web;
