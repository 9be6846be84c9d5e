/** The append-only audit log: who did what, from where, about whom and when. */
package dk.samskab.audit;
