package dk.samskab.platform.web;

import jakarta.faces.context.FacesContext;

/**
 * Guards a button in a table row against acting on another row than the one the user saw.
 * Request-scoped pages read their list again on a postback; when someone else changed it in
 * between, the clicked row's index can point at a different line. The button therefore carries
 * the id it was rendered with (an {@code f:param}), and the action compares.
 */
public final class RenderedRow {

    private RenderedRow() {
    }

    /** True when the request's parameter names the same id as the row the button was decoded in. */
    public static boolean is(String parameter, long rowId) {
        String rendered = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(parameter);
        return String.valueOf(rowId).equals(rendered);
    }

    /** Says, in the user's language, that the list changed and shows it afresh. */
    public static void listChanged() {
        Messages.error("list.changed");
    }
}
