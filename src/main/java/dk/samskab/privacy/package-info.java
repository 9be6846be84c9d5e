/** GDPR: a person's own data as a download, and erasure by pseudonymisation under the providers' retention rules. */
package dk.samskab.privacy;
