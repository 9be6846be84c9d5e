package dk.samskab.xapi.cmi5.web;

import dk.samskab.platform.Conflicts;
import dk.samskab.xapi.cmi5.Cmi5Sessions;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The fetch URL of a cmi5 launch (/cmi5/fetch?s=SESSION&amp;k=SECRET, cmi5 8.2.3): a POST answers
 * {"auth-token": ...} once; every later call gets {"error-code": "1", ...}, a call with a wrong
 * secret {"error-code": "2", ...}. The AU calls it from its own page, without Samskab's cookies
 * mattering: the secret in the address is the proof.
 */
@WebServlet("/cmi5/fetch")
public class Cmi5FetchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cmi5Sessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String session = request.getParameter("s");
        String secret = request.getParameter("k");
        Cmi5Sessions.Fetched fetched = Conflicts.retry(() -> sessions.fetch(session, secret));
        String json = fetched.token() != null
                ? Json.createObjectBuilder().add("auth-token", fetched.token()).build().toString()
                : Json.createObjectBuilder().add("error-code", fetched.errorCode()).add("error-text", fetched.errorText()).build().toString();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
