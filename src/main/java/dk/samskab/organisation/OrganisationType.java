package dk.samskab.organisation;

/** The kinds of organisation that take part in cross-sector training. */
public enum OrganisationType {
    MUNICIPALITY,
    VOLUNTEER_ORGANISATION,
    VOLUNTEER_CENTRE,
    EDUCATION_PROVIDER;

    /** Civil society is everything that is neither public authority nor education provider. */
    public boolean isCivilSociety() {
        return this == VOLUNTEER_ORGANISATION || this == VOLUNTEER_CENTRE;
    }
}
