package dk.samskab.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Texts from the resource bundle in the current view's language, for messages built in Java,
 * and the page messages made of them: for the whole page, or for one field by its client id.
 */
public final class Messages {

    private static final String BUNDLE = "dk.samskab.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(faces.getViewRoot().getLocale(), key, arguments);
    }

    /** The text in the given language, for code that is checked without a page. */
    public static String text(java.util.Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        // Numbers and dates in the arguments are written the way the page's language writes them.
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error shown next to one field, named by its client id (such as "eraseForm:email"). */
    public static void errorAt(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
    }
}
