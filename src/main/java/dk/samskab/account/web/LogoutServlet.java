package dk.samskab.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out: ends the container login and throws the whole session away. A plain servlet, so
 * the logout button works from every page, error pages included. POST only; the session cookie
 * is SameSite=Lax, so another site cannot sign a user out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    transient dk.samskab.audit.AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            audit.record(dk.samskab.audit.AuditAction.LOGOUT, request.getUserPrincipal().getName(), null);
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
