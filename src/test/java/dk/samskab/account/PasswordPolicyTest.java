package dk.samskab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kort-kode|TOO_SHORT",
        "elleve tegn|TOO_SHORT",
        "æøå æøå æøå|TOO_SHORT",
        "Password1234|COMMON",
        "velkommen2026|COMMON",
        "Adgangskode123|COMMON",
        "zzzzzzzzzzzzzzzz|REPEATED",
        "abababababababab|REPEATED",
        "345678901234|SEQUENCE",
        "lkjihgfedcba|SEQUENCE",
        "hanne.kristensen-2026|CONTAINS_EMAIL",
    })
    void refusesWeakPasswords(String password, PasswordPolicy.Problem problem) {
        assertEquals(Optional.of(problem), PasswordPolicy.check(password, "hanne.kristensen@aarhus.dk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nabo-hjaelp-2026", "grøn cykel på vej til havnen", "korrekt hest batteri hæfteklamme",
        "Ældre besøgsvenner 💚 Aarhus"})
    void acceptsLongPassphrasesWithoutCompositionRules(String password) {
        assertEquals(Optional.empty(), PasswordPolicy.check(password, "hanne.kristensen@aarhus.dk"));
    }

    @Test
    void countsCharactersNotBytesAndCapsTheLength() {
        assertEquals(Optional.empty(), PasswordPolicy.check("🌻🌼🌷🌹🌺🌸🍀🌿🍁🍂🌾🌵", null), "twelve emoji are twelve characters");
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_LONG), PasswordPolicy.check("en lang sætning ".repeat(9), null));
    }

    @Test
    void requireNamesTheProblemForTheMessage() {
        PasswordPolicy.Refused refused = assertThrows(PasswordPolicy.Refused.class,
                () -> PasswordPolicy.require("qwertyuiop123", "a@b.dk"));
        assertEquals("password.problem.COMMON", refused.messageKey());
    }
}
