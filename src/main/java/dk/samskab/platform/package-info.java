/** Shared infrastructure: data source, schema migrations, health checks and web plumbing. */
package dk.samskab.platform;
