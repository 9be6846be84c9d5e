/** The managers' reminder settings and the admins' buttons that send today's reminders or the digest now. */
package dk.samskab.notification.web;
