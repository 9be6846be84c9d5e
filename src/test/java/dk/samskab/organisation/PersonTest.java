package dk.samskab.organisation;

import dk.samskab.platform.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertEquals("anna.berg@aarhus.dk", new Person("Anna Berg", "  Anna.Berg@Aarhus.DK ", Language.DA).getEmail());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"anna", "anna@", "@aarhus.dk", "anna@aarhus", "an na@aarhus.dk", "a@b@c.dk"})
    void invalidEmailsAreRefused(String email) {
        assertThrows(IllegalArgumentException.class, () -> new Person("Anna", email, Language.DA));
    }

    @Test
    void aNameIsRequiredAndDanishIsTheDefaultLanguage() {
        assertThrows(IllegalArgumentException.class, () -> new Person("  ", "a@b.dk", Language.DA));
        assertEquals(Language.DA, new Person("Anna", "a@b.dk", null).getPreferredLanguage());
    }

    @Test
    void languageCodesMapToLocales() {
        assertEquals("en", Language.fromCode("EN").locale().getLanguage());
        assertEquals(Language.DA, Language.fromCode("fr"));
    }
}
