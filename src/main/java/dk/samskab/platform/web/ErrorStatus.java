package dk.samskab.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives an error page the status that says what happened: an error page reached through an
 * exception otherwise answers 500, even when the request was simply too old or lost a race.
 */
@Named
@RequestScoped
public class ErrorStatus {

    /** A form from a page the server no longer remembers: the request cannot be used as sent. */
    public void badRequest() {
        answer(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * Someone else saved the same thing first. An ajax request keeps its 200, since the browser
     * would otherwise not show the page the exception handler rendered.
     */
    public void conflict() {
        if (!FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            answer(HttpServletResponse.SC_CONFLICT);
        }
    }

    /** The page to reload after a conflict: the one the request came from, with its query. */
    public String getReloadAddress() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return LocalAddress.withQuery(request);
    }

    private static void answer(int status) {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (!response.isCommitted()) {
            response.setStatus(status);
        }
    }
}
