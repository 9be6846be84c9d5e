package dk.samskab.authoring.web;

import dk.samskab.access.CallerOfRequest;
import dk.samskab.catalogue.CourseCode;
import dk.samskab.enrolment.Permissions;
import dk.samskab.authoring.CourseFile;
import dk.samskab.authoring.CourseFiles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A course's image or attachment at /course-files/CODE/NAME, for the learners enrolled in the
 * course, its instructors and admins (lessons link to them); anyone else gets 404, as if the
 * file did not exist. Images are shown in the page; anything else downloads; nothing is sniffed
 * or run.
 */
@WebServlet("/course-files/*")
public class CourseFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseFiles files;

    @Inject
    transient Permissions permissions;

    @Inject
    transient CallerOfRequest caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        boolean wellFormed = parts.length == 3 && CourseCode.isWellFormed(parts[1]) && parts[2].matches("[a-z0-9.-]{1,120}");
        boolean allowed = wellFormed && caller.caller().isSignedIn() && permissions.maySee(caller.caller(), parts[1]);
        Optional<CourseFile> file = allowed ? files.find(parts[1], parts[2]) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CourseFile f = file.get();
        response.setContentType(f.getMediaType());
        response.setHeader("Content-Disposition", (f.isImage() ? "inline" : "attachment") + "; filename=\"" + f.getName() + "\"");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, max-age=300");
        byte[] content = f.getContent();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
