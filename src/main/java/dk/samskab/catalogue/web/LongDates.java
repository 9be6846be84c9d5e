package dk.samskab.catalogue.web;

import dk.samskab.platform.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Dates on pages, written one way everywhere: in full, in the page's language
 * (#{dates.format(cohort.startsOn)} gives "2. december 2026" or "2 December 2026").
 */
@Named("dates")
@ApplicationScoped
public class LongDates {

    public String format(LocalDate date) {
        return Dates.longDate(date, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** A period from one date to another: "2. december 2026 – 10. februar 2027". */
    public String period(LocalDate from, LocalDate to) {
        return format(from) + " – " + format(to);
    }
}
