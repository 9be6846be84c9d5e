package dk.samskab.authoring.web;

import dk.samskab.access.CallerOfRequest;
import dk.samskab.authoring.CoursePackages;
import dk.samskab.catalogue.CourseCode;
import dk.samskab.elearning.StoredFile;
import dk.samskab.enrolment.Permissions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file of a course's e-learning package at /elearning/CODE/PACKAGE-KEY/PATH, for the learners
 * enrolled in the course, its instructors and admins; anyone else gets 404, as if it did not
 * exist. The lesson page frames the package from this same origin (the SCORM run-time is found
 * through window.parent), so the policy lets the package run its scripts and reach this server,
 * but no other site, and lets only Samskab's own pages frame it.
 */
@WebServlet("/elearning/*")
public class ElearningFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self' data: blob:; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    @Inject
    transient CoursePackages packages;

    @Inject
    transient Permissions permissions;

    @Inject
    transient CallerOfRequest caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StoredFile> file = find(request);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile found = file.get();
        response.setContentType(found.getMediaType());
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        // A package never changes under its key; the browser may keep its files, for this user only.
        response.setHeader("Cache-Control", "private, max-age=86400, immutable");
        byte[] content = found.getContent();
        response.setContentLengthLong(content.length);
        response.getOutputStream().write(content);
    }

    private Optional<StoredFile> find(HttpServletRequest request) {
        // The raw URI, not getPathInfo(): file names may hold characters the container would decode away.
        String prefix = request.getContextPath() + "/elearning/";
        String uri = request.getRequestURI();
        if (!uri.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = uri.substring(prefix.length()).split("/", 3);
        if (parts.length < 3 || !CourseCode.isWellFormed(parts[0]) || !parts[1].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        String path = URLDecoder.decode(parts[2].replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.isEmpty() || !caller.caller().isSignedIn() || !permissions.maySee(caller.caller(), parts[0])) {
            return Optional.empty();
        }
        return packages.file(parts[0], parts[1], path);
    }
}
