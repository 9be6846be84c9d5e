package dk.samskab.platform;

/** A test fixture that breaks the dependency rule on purpose: platform naming credit. */
public final class BackwardReference {

    private BackwardReference() {
    }

    public static String gradeName() {
        return dk.samskab.credit.Grade.of("12").name();
    }
}
