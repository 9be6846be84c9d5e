/** The editor's form model: a course definition as fields a page can bind, and back. */
package dk.samskab.authoring.form;
