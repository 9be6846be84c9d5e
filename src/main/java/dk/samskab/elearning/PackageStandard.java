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

    /** Whether the content reports to the LRS through xAPI, launched with a session of its own, rather than to a SCORM run-time. */
    public boolean reportsByXapi() {
        return this == CMI5 || this == TIN_CAN;
    }
}
