/** My learning, the transcript, grading of final assignments, certificate downloads and public certificate verification. */
package dk.samskab.credit.web;
