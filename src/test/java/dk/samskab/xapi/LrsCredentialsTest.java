package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a client sends to be let in: its version header and its Basic credentials, and the secrets a node remembers. */
class LrsCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsAreTheKeyAndEverythingAfterTheFirstColon() {
        assertEquals(Optional.of(new BasicCredentials("lrs-abc", "s3cr:et")), BasicCredentials.of(basic("lrs-abc:s3cr:et")));
        assertEquals(Optional.of(new BasicCredentials("lrs-abc", "")), BasicCredentials.of(basic("lrs-abc:")));
        assertEquals(Optional.of(new BasicCredentials("lrs-æøå", "x")), BasicCredentials.of("basic  " + basic("lrs-æøå:x").substring(6)));
    }

    @Test
    void anythingElseIsNoCredentials() {
        for (String header : new String[] {null, "", "Bearer abc", "Basic", "Basic !!!", basic("no-colon"), basic(":secret"),
            "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':', 'x'})}) {
            assertEquals(Optional.empty(), BasicCredentials.of(header), String.valueOf(header));
        }
    }

    @Test
    void theSecretIsNeverShownAsText() {
        assertFalse(new BasicCredentials("lrs-abc", "s3cret").toString().contains("s3cret"));
    }

    @Test
    void versionsOneDotZeroAreAcceptedAndNoOthers() {
        for (String accepted : new String[] {"1.0", "1.0.0", "1.0.3", "1.0.9", " 1.0.3 "}) {
            assertTrue(XapiVersion.accepts(accepted), accepted);
        }
        for (String refused : new String[] {null, "", "0.9", "0.95", "1.1.0", "1.1", "2.0.0", "1.0.", "1.0.x", "1"}) {
            assertFalse(XapiVersion.accepts(refused), String.valueOf(refused));
        }
    }

    @Test
    void aSecretIsRecognisedOnlyForTheHashItWasVerifiedAgainst() {
        VerifiedSecrets verified = new VerifiedSecrets();
        assertFalse(verified.known("lrs-a", "hash-1", "s3cret"));
        verified.remember("lrs-a", "hash-1", "s3cret");
        assertTrue(verified.known("lrs-a", "hash-1", "s3cret"));
        assertFalse(verified.known("lrs-a", "hash-1", "s3cret "), "another secret");
        assertFalse(verified.known("lrs-a", "hash-2", "s3cret"), "the client got a new secret");
        assertFalse(verified.known("lrs-b", "hash-1", "s3cret"), "another client");
        verified.forget("lrs-a");
        assertFalse(verified.known("lrs-a", "hash-1", "s3cret"));
    }
}
