package dk.samskab.authoring.web;

import dk.samskab.access.CallerOfRequest;
import dk.samskab.authoring.AuthoringException;
import dk.samskab.authoring.AuthoringService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A course's draft as a zip in the course-content format (under /instructor: instructors only, own courses). */
@WebServlet("/instructor/course-zip")
public class CourseZipDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthoringService authoring;

    @Inject
    transient CallerOfRequest caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = String.valueOf(request.getParameter("code"));
        byte[] zip;
        try {
            zip = authoring.exportZip(caller.caller(), code);
        } catch (AuthoringException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + code.toLowerCase().replaceAll("[^a-z0-9-]", "") + ".zip\"");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
