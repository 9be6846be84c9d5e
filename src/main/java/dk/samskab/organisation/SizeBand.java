package dk.samskab.organisation;

/** Population bands for municipalities, the cut used in Danish surveys of municipal practice. */
public enum SizeBand {
    UNDER_20K,
    FROM_20K_TO_50K,
    FROM_50K_TO_100K,
    OVER_100K
}
