package dk.samskab.platform.web;

import dk.samskab.platform.Dates;
import dk.samskab.platform.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * The language of the pages: Danish unless the browser's language cookie says English. The cookie
 * is set by the language buttons and, at sign-in, from the person's stored preference. Kept in a
 * cookie rather than the session, so that anonymous visitors cost the server no state.
 */
@Named("language")
@RequestScoped
public class LanguageSwitch {

    public static final String COOKIE = "samskab-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language current() {
        if (language == null) {
            language = fromCookie(request);
        }
        return language;
    }

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    /** The address of this page, for the language buttons to come back to. */
    public String getReturnTo() {
        return LocalAddress.of(request);
    }

    /** A moment as Danish local time, written the way the chosen language writes dates. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(Dates.DENMARK).format(instant);
    }

    /** The Danish or English version of an authored text, in the page's language. */
    public String t(dk.samskab.platform.Text text) {
        return text == null ? "" : text.in(getLocale());
    }

    /** Uses the language from now on, in this response and the browser's later requests. */
    public void use(Language chosen, HttpServletResponse response) {
        language = chosen;
        remember(chosen, request, response);
    }

    static Language fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.fromCode(cookie.getValue());
                }
            }
        }
        return Language.DA;
    }

    static void remember(Language chosen, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, chosen.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || SessionCookies.secure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
