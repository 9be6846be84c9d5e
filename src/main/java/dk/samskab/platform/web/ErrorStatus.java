package dk.samskab.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives an error page the status that says what happened: an error page reached through an
 * exception otherwise answers 500, even when the request was simply too old.
 */
@Named
@RequestScoped
public class ErrorStatus {

    /** A form from a page the server no longer remembers: the request cannot be used as sent. */
    public void badRequest() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (!response.isCommitted()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
