package dk.samskab.privacy.web;

import dk.samskab.privacy.PersonalData;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The signed-in person's own data as a JSON download; nobody can ask for anyone else's. */
@WebServlet("/account/my-data")
public class MyDataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalData data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<String> json = data.exportJson(request.getUserPrincipal().getName());
        if (json.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = json.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"samskab-mine-data.json\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
