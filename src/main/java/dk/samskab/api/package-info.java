/**
 * The integration API under /api/v1: JAX-RS resources for the HR, student and data-warehouse
 * systems of the organisations, with OAuth 2.0 client-credentials tokens, problem details
 * (RFC 9457), idempotent creates, rate limits per client and ETags on updates. Every resource
 * acts as the client's {@link dk.samskab.platform.Caller} through the same services and scope
 * rules as the pages.
 */
package dk.samskab.api;
