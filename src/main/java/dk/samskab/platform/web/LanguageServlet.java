package dk.samskab.platform.web;

import dk.samskab.platform.LanguageChosen;
import dk.samskab.platform.Language;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language buttons in every page's header: remembers the choice in the browser (and, for a
 * signed-in user, with the person) and shows the same page again. A plain form post rather than a
 * Faces action, so that anonymous pages need no view state.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Event<LanguageChosen> chosenBySignedIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language chosen = Language.fromCode(request.getParameter("to"));
        LanguageSwitch.remember(chosen, request, response);
        if (request.getUserPrincipal() != null) {
            chosenBySignedIn.fire(new LanguageChosen(request.getUserPrincipal().getName(), chosen));
        }
        response.sendRedirect(request.getContextPath() + LocalAddress.orElse(request.getParameter("next"), "/"));
    }
}
