/** The built-in xAPI 1.0.3 Learning Record Store's statement rules: validation, the properties the store sets, comparison and agent identity. */
package dk.samskab.xapi;
