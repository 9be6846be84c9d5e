package dk.samskab.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    @Test
    void aMunicipalityNeedsRegionAndSizeBand() {
        assertThrows(NullPointerException.class, () -> Organisation.municipality("k", "K Kommune", null, SizeBand.UNDER_20K));
        assertThrows(NullPointerException.class, () -> Organisation.municipality("k", "K Kommune", Region.SJAELLAND, null));
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.of("k", "K Kommune", OrganisationType.MUNICIPALITY, Region.SJAELLAND));
    }

    @Test
    void codeAndNameAreRequired() {
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.of(" ", "Navn", OrganisationType.VOLUNTEER_CENTRE, null));
        assertThrows(IllegalArgumentException.class,
                () -> Organisation.of("kode", "", OrganisationType.VOLUNTEER_CENTRE, null));
    }

    @Test
    void onlyEducationProvidersSetHoursPerEctsAndTheDefaultIsTheDanishNorm() {
        Organisation provider = Organisation.of("uc", "UC", OrganisationType.EDUCATION_PROVIDER, Region.NORDJYLLAND);
        assertEquals(new BigDecimal("27.5"), provider.effectiveHoursPerEcts());
        provider.setHoursPerEcts(new BigDecimal("27.0"));
        assertEquals(new BigDecimal("27.0"), provider.effectiveHoursPerEcts());

        Organisation centre = Organisation.of("fc", "Frivilligcenter", OrganisationType.VOLUNTEER_CENTRE, null);
        assertThrows(IllegalStateException.class, () -> centre.setHoursPerEcts(BigDecimal.TEN));
    }

    @Test
    void civilSocietyIsVolunteerOrganisationsAndCentres() {
        assertTrue(OrganisationType.VOLUNTEER_ORGANISATION.isCivilSociety());
        assertTrue(OrganisationType.VOLUNTEER_CENTRE.isCivilSociety());
        assertTrue(!OrganisationType.MUNICIPALITY.isCivilSociety());
        assertTrue(!OrganisationType.EDUCATION_PROVIDER.isCivilSociety());
    }

    @Test
    void aPartnershipIsLedByAMunicipalityWithCivilSocietyPartners() {
        Organisation municipality = Organisation.municipality("kommune-x", "X Kommune", Region.MIDTJYLLAND, SizeBand.UNDER_20K);
        Organisation provider = Organisation.of("uc", "UC", OrganisationType.EDUCATION_PROVIDER, null);
        assertThrows(IllegalArgumentException.class, () -> new Partnership("p", "P", provider));

        Partnership partnership = new Partnership("p", "P", municipality);
        assertThrows(IllegalArgumentException.class, () -> partnership.addPartner(provider));
        Organisation centre = Organisation.of("fc", "Frivilligcenter X", OrganisationType.VOLUNTEER_CENTRE, null);
        partnership.addPartner(centre);
        partnership.addPartner(centre);
        assertEquals(1, partnership.getCivilSocietyPartners().size());
    }
}
