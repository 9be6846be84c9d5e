/** The pages for one's own profile, organisations, members and partnerships. */
package dk.samskab.organisation.web;
