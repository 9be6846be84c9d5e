package dk.samskab.organisation;

/** The five Danish regions. */
public enum Region {
    HOVEDSTADEN,
    SJAELLAND,
    SYDDANMARK,
    MIDTJYLLAND,
    NORDJYLLAND
}
