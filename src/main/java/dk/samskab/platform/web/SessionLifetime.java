package dk.samskab.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;

/**
 * Ends a session that has lasted longer than the absolute limit, however active it has been; the
 * idle limit (30 minutes) is the container's, set in web.xml. The user is sent to the login page
 * with a note that says why.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionLifetime extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Longest a signed-in session lives: a working day. */
    static final Duration ABSOLUTE = Duration.ofHours(Long.getLong("samskab.session.absolute-hours", 8));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE.toMillis()) {
            boolean signedIn = request.getUserPrincipal() != null;
            request.logout();
            session.invalidate();
            if (signedIn) {
                new SecurityHeaders.RelativeRedirects(response).sendRedirect(request.getContextPath() + "/login.xhtml?expired=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
