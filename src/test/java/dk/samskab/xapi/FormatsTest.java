package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The string formats on their own: language tags, IRIs, mailto IRIs and the moment a timestamp names. */
class FormatsTest {

    @Test
    void acceptsLanguageTagsOfEveryShapeRfc5646Allows() {
        for (String tag : List.of("da", "en-US", "EN-us", "da-DK", "zh-Hant-TW", "es-419", "de-CH-1901", "sl-rozaj-biske",
                "en-a-bbb-x-ccc", "x-samskab", "i-klingon", "sgn-BE-FR", "art-lojban", "zh-yue-HK", "kln")) {
            assertTrue(Formats.isLanguageTag(tag), tag);
        }
    }

    @Test
    void refusesWhatIsNotALanguageTag() {
        for (String tag : List.of("", "en_US", "e", "en-", "-en", "en--US", "123", "dansksprog-DK", "en-x", "en-US-x-",
                "en-abcdefghi", "da DK")) {
            assertFalse(Formats.isLanguageTag(tag), tag);
        }
    }

    @Test
    void acceptsAbsoluteIrisIncludingNonAsciiOnes() {
        for (String iri : List.of("http://adlnet.gov/expapi/verbs/completed", "https://samskab.dk/kurser/a?x=1#b",
                "urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f3964730bee", "http://example.com/فعل/خواندن", "https://samskab.dk/kurser/færdig",
                "tag:samskab.dk,2026:kursus", "https://samskab.dk/a%20b")) {
            assertTrue(Formats.isIri(iri), iri);
        }
    }

    @Test
    void refusesRelativeReferencesAndCharactersIrisCannotHold() {
        for (String iri : List.of("", "samskab.dk/kurser", "/kurser/a", "#a", "1http://x", "http://samskab.dk/a b",
                "http://samskab.dk/<a>", "https://samskab.dk/a%2", "https://samskab.dk/a|b", "http:", "https://samskab.dk/a\tb")) {
            assertFalse(Formats.isIri(iri), iri);
        }
    }

    @Test
    void aTimestampNamesItsMomentWhateverItsOffset() {
        Instant moment = Instant.parse("2026-03-01T09:15:30.250Z");
        assertEquals(moment, Formats.instantOf("2026-03-01T09:15:30.250Z"));
        assertEquals(moment, Formats.instantOf("2026-03-01T10:15:30.25+01:00"));
        assertEquals(moment, Formats.instantOf("2026-03-01T04:45:30,250-0430"));
        assertEquals(Instant.parse("2026-03-01T09:15:00Z"), Formats.instantOf("2026-03-01T10:15+01"));
        assertNull(Formats.instantOf("2026-03-01T09:15:30.250-00"));
        assertNull(Formats.instantOf("2026-03-01T09:15:30.250+01:60"));
    }

    @Test
    void acceptsAMailtoIriWithOneAddress() {
        assertTrue(Formats.isMailto("mailto:anna.jensen+kursus@aarhus.dk"));
        assertFalse(Formats.isMailto("mailto:anna@aarhus.dk?subject=hej"));
        assertFalse(Formats.isMailto("mailto:anna@aarhus@dk"));
        assertEquals("mailto:Anna@aarhus.dk", Formats.canonicalMbox("mailto:Anna@Aarhus.DK"));
    }
}
