/**
 * Imported e-learning packages (SCORM 1.2, SCORM 2004, cmi5, Tin Can): reading an uploaded zip
 * safely, validating its manifest and describing what can be launched, or refusing it with every
 * problem found. No persistence, no web, no runtime: those build on {@link dk.samskab.elearning.PackageInspector}.
 */
package dk.samskab.elearning;
