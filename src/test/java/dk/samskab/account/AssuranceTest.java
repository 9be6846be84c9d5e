package dk.samskab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.platform.AssuranceLevel;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a provider's acr claim says about how surely the person is who they say. */
class AssuranceTest {

    private static OidcProvider provider(String acrLevels) {
        return new OidcProvider("aarhus", "Aarhus Kommune", "https://idp.example.dk", "samskab", "secret", "kommune-aarhus",
                Optional.empty(), "PROFESSIONAL", OidcProviders.acrLevels(acrLevels));
    }

    @Test
    void theNsisAndEidasNamesAndTheBareWordsAreUnderstoodWhateverTheirCase() {
        OidcProvider plain = provider("");
        assertEquals(AssuranceLevel.SUBSTANTIAL, plain.assurance("https://data.gov.dk/concept/core/nsis/loa/Substantial"));
        assertEquals(AssuranceLevel.HIGH, plain.assurance("https://data.gov.dk/concept/core/nsis/loa/High"));
        assertEquals(AssuranceLevel.LOW, plain.assurance("http://eidas.europa.eu/LoA/low"));
        assertEquals(AssuranceLevel.SUBSTANTIAL, plain.assurance("substantial"));
    }

    @Test
    void aProvidersOwnValuesComeFirstAndAnythingUnknownOrMissingCountsForNothing() {
        OidcProvider keycloak = provider("1=low, 2=substantial,3 = high");
        assertEquals(AssuranceLevel.SUBSTANTIAL, keycloak.assurance("2"));
        assertEquals(AssuranceLevel.HIGH, keycloak.assurance("3"));
        assertEquals(AssuranceLevel.NONE, keycloak.assurance("0"), "a sign-in remembered by the provider's cookie");
        assertEquals(AssuranceLevel.NONE, keycloak.assurance("urn:mace:incommon:iap:silver"));
        assertEquals(AssuranceLevel.NONE, keycloak.assurance(null));
        assertEquals(AssuranceLevel.NONE, keycloak.assurance(" "));
    }

    @Test
    void aMistypedSettingIsRefusedWithWhatIsWrong() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> OidcProviders.acrLevels("1=medium"));
        assertTrue(wrong.getMessage().contains("'1=medium'"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OidcProviders.acrLevels("substantial"));
    }

    @Test
    void levelsAreOrdered() {
        assertTrue(AssuranceLevel.HIGH.atLeast(AssuranceLevel.SUBSTANTIAL));
        assertTrue(AssuranceLevel.SUBSTANTIAL.atLeast(AssuranceLevel.SUBSTANTIAL));
        assertFalse(AssuranceLevel.LOW.atLeast(AssuranceLevel.SUBSTANTIAL));
        assertFalse(AssuranceLevel.NONE.atLeast(AssuranceLevel.LOW));
        assertEquals(Map.of(), OidcProviders.acrLevels(""));
    }
}
