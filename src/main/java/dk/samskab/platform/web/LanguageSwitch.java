package dk.samskab.platform.web;

import dk.samskab.organisation.Language;
import dk.samskab.organisation.PeopleService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;

/** The language of the user's session: Danish unless they choose English. */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language language = Language.DA;

    @Inject
    transient PeopleService people;

    @Inject
    transient SecurityContext security;

    public Locale getLocale() {
        return language.locale();
    }

    public String getCode() {
        return language.code();
    }

    /** Switches language, remembers it for a signed-in user, and shows the same page again. */
    public String switchTo(String code) {
        language = Language.fromCode(code);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(language.locale());
        Principal caller = security.getCallerPrincipal();
        if (caller != null) {
            people.changeLanguage(caller.getName(), language);
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The Danish or English version of an authored text, in the session's language. */
    /** A moment as Danish local time, written the way the chosen language writes dates. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(java.time.ZoneId.of("Europe/Copenhagen")).format(instant);
    }

    public String t(dk.samskab.catalogue.Text text) {
        return text == null ? "" : text.in(language.locale());
    }

    /** Called at login: the person's own preference wins. */
    public void use(Language preferred) {
        language = preferred;
    }
}
