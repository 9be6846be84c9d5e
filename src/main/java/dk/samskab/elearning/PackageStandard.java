package dk.samskab.elearning;

/** The e-learning standards a package may follow; the manifest file at the package's top decides which. */
public enum PackageStandard {
    /** imsmanifest.xml with schemaversion 1.2. */
    SCORM_12,
    /** imsmanifest.xml with a 2004 schemaversion (2nd, 3rd or 4th edition). */
    SCORM_2004,
    /** cmi5.xml, the course structure of cmi5 (xAPI with a defined launch). */
    CMI5,
    /** tincan.xml, the older xAPI packaging without a defined launch protocol. */
    TIN_CAN;

    /** Whether a lesson can play a package of this standard. */
    public boolean playable() {
        return this != TIN_CAN;
    }
}
