package dk.samskab.xapi.cmi5.web;

import dk.samskab.enrolment.EnrolmentException;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.web.RuntimeToken;
import dk.samskab.platform.Conflicts;
import dk.samskab.xapi.cmi5.Cmi5Launch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Launches a cmi5 AU or a Tin Can activity for the signed-in learner (/learner/xapi-launch?e=ENROLMENT&amp;l=MODULE/LESSON
 * &amp;i=AU&amp;r=RETURN&amp;t=TOKEN) and sends the browser on to it. The token is the lesson page's,
 * so that no other site can start sessions in the learner's name; the return address must be a
 * page of the learner's own part of Samskab.
 */
@WebServlet("/learner/xapi-launch")
public class XapiLaunchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Cmi5Launch launch;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!RuntimeToken.matches(request, request.getParameter("t"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String enrolment = request.getParameter("e");
        String lesson = request.getParameter("l");
        String au = request.getParameter("i");
        String back = request.getParameter("r");
        if (enrolment == null || !enrolment.matches("\\d{1,18}") || lesson == null || au == null || !au.matches("\\d{1,4}")
                || !isOwnPage(request, back)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String origin = origin(request);
        try {
            String address = Conflicts.retry(() -> launch.launch(request.getUserPrincipal().getName(), Long.parseLong(enrolment), lesson,
                    Integer.parseInt(au), origin, origin + back.substring(request.getContextPath().length())));
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.sendRedirect(address);
        } catch (EnrolmentException | LearningException notTheirs) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** A path of this application's learner pages, never another site's or a scheme-relative address. */
    private static boolean isOwnPage(HttpServletRequest request, String path) {
        String own = request.getContextPath() + "/learner/";
        return path != null && path.startsWith(own) && !path.contains("//") && !path.contains("\\") && !path.contains("..")
                && path.chars().noneMatch(Character::isISOControl);
    }

    /** Samskab's address as the browser reached it: the AU calls the LRS there. */
    static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
