/** The Learning Record Store's HTTP resources at /xapi (xAPI 1.0.3, Communication part). */
package dk.samskab.xapi.web;
