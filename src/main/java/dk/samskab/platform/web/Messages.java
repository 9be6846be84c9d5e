package dk.samskab.platform.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts from the resource bundle in the current view's language, for messages built in Java. */
public final class Messages {

    private static final String BUNDLE = "dk.samskab.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = faces.getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        // Numbers and dates in the arguments are written the way the page's language writes them.
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
