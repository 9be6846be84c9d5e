package dk.samskab.account.web;

import jakarta.inject.Inject;
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

    @Inject
    transient dk.samskab.audit.AuditLog audit;

    @Inject
    transient ProviderLogout providerLogout;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getUserPrincipal() != null) {
            audit.record(dk.samskab.audit.AuditAction.LOGOUT, request.getUserPrincipal().getName(), null);
        }
        HttpSession session = request.getSession(false);
        Object signedInWith = session == null ? null : session.getAttribute(OidcSignIn.SIGNED_IN_WITH);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        String signedOut = request.getContextPath() + "/login.xhtml?loggedOut=true";
        if (signedInWith instanceof OidcSignIn.SignedInWith provider) {
            java.util.Optional<String> there = providerLogout.address(provider, OidcSignIn.ownAddress(request) + signedOut);
            if (there.isPresent()) {
                onToProvider(response, there.get());
                return;
            }
        }
        response.sendRedirect(signedOut);
    }

    /**
     * Sends the browser on to end the session at the provider too (RP-initiated logout). A page,
     * not a redirect: the sign-out is a form post, and the pages' policy lets forms lead only to
     * this site, which browsers also apply to a redirect that answers a form.
     */
    private static void onToProvider(HttpServletResponse response, String address) throws IOException {
        String href = address.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>Logget ud</title></head><body>"
                + "<p>Du er logget ud af Samskab og sendes videre, så du også bliver logget ud hos din organisation."
                + " <a id=\"continue\" href=\"" + href + "\">Fortsæt</a></p>"
                + "<p lang=\"en\">You are signed out of Samskab and are being taken on to sign out at your organisation too."
                + " <a href=\"" + href + "\">Continue</a></p></body></html>");
    }
}
