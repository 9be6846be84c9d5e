package dk.samskab.credit;

import dk.samskab.platform.BackwardReference;

/** A test fixture: credit using the platform class that names credit, which closes a cycle. */
public final class UsesPlatform {

    private UsesPlatform() {
    }

    public static String name() {
        return BackwardReference.gradeName();
    }
}
