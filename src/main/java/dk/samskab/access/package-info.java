/** Who may do what: the caller of each request, and the organisations and partnerships each training manager answers for. */
package dk.samskab.access;
