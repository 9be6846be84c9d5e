/** Grades on the Danish 7-point scale, certificates with verification codes, and (later) ECTS awards and transcripts. */
package dk.samskab.credit;
