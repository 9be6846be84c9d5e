package dk.samskab.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How surely a signed-in person is who they say they are: the NSIS and eIDAS levels of assurance
 * (MitID reaches "substantial" or "high"). A password chosen at self-registration is NONE. A
 * course's final assignment can require a level.
 */
public enum AssuranceLevel {
    NONE,
    LOW,
    SUBSTANTIAL,
    HIGH;

    /** The NSIS and eIDAS names of the levels, which a provider may send as its acr claim. */
    private static final Map<String, AssuranceLevel> STANDARD_ACR = Map.of(
            "https://data.gov.dk/concept/core/nsis/loa/low", LOW,
            "https://data.gov.dk/concept/core/nsis/loa/substantial", SUBSTANTIAL,
            "https://data.gov.dk/concept/core/nsis/loa/high", HIGH,
            "http://eidas.europa.eu/loa/low", LOW,
            "http://eidas.europa.eu/loa/substantial", SUBSTANTIAL,
            "http://eidas.europa.eu/loa/high", HIGH);

    /** The word for the level in course files and configuration: none, low, substantial, high. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AssuranceLevel> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (AssuranceLevel level : values()) {
            if (level.code().equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * The level an acr claim stands for: the provider's own names first (as configured), then the
     * NSIS and eIDAS URIs and the bare names; anything else is NONE, so an unknown value never opens anything.
     */
    public static AssuranceLevel ofAcr(String acr, Map<String, AssuranceLevel> providerNames) {
        if (acr == null || acr.isBlank()) {
            return NONE;
        }
        String value = acr.strip();
        if (providerNames.containsKey(value)) {
            return providerNames.get(value);
        }
        AssuranceLevel standard = STANDARD_ACR.get(value.toLowerCase(Locale.ROOT));
        return standard != null ? standard : ofCode(value).orElse(NONE);
    }

    public boolean atLeast(AssuranceLevel required) {
        return compareTo(required) >= 0;
    }
}
