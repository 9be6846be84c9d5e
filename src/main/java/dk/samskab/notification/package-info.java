/** Every mail the product sends, written in the recipient's language and sent when a domain event says so. */
package dk.samskab.notification;
