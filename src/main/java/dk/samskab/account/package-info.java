/** Login, roles, password hashing and the signed-in user's session. */
package dk.samskab.account;
