/** Course drafts, validation with the importer's rules, publishing as versions, history and zip export and import. */
package dk.samskab.authoring;
