/** Organisations (municipalities, volunteer organisations, volunteer centres, education providers), people, their memberships and the partnerships between organisations. */
package dk.samskab.organisation;
