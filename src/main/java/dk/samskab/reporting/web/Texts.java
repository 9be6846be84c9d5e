package dk.samskab.reporting.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The managers' texts from the bundle in one language, with numbers in the arguments written
 * the way that language writes them (Danish 20.002, English 20,002): MessageFormat is given the
 * language, not left to the server's default.
 */
final class Texts {

    private static final String BUNDLE = "dk.samskab.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
    }

    static Texts of(Locale locale) {
        return new Texts(locale);
    }

    /** In the language of the page being rendered. */
    static Texts ofView() {
        return of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    String get(String key) {
        return bundle.getString(key);
    }

    List<String> all(String... keys) {
        return Arrays.stream(keys).map(this::get).toList();
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }
}
