/** The admin's page for giving training managers their organisations and partnerships. */
package dk.samskab.access.web;
