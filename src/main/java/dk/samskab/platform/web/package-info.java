/** Web plumbing every page shares: the page language, bundle texts, security headers, request limits and error statuses. */
package dk.samskab.platform.web;
