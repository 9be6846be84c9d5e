/**
 * Development and demo launcher: an embedded MariaDB (or an external one) plus Payara Micro
 * running the built WAR. The integration tests start the application the same way.
 */
package dk.samskab.launcher;
