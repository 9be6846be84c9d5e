/** The privacy page, the personal-data download and the administrators' erasure page. */
package dk.samskab.privacy.web;
