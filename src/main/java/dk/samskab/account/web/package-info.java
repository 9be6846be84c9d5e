/** Signing in and out: the session authentication mechanism, the login, activation and password reset pages, and the current user. */
package dk.samskab.account.web;
