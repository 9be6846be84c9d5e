package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestHostileProvider;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Sign-in through a provider whose ID token is wrong in one way (TestHostileProvider): a forged
 * signature, another client's token, an expired token, another issuer's token. Each is refused
 * with the same message on the login page, creates no person and no link to the provider, and is
 * audited with the reason the application found.
 */
class HostileProviderIT extends BrowserTest {

    /** The refusal the login page shows for any unacceptable token (sso.refused.TOKEN). */
    private static final String TOKEN_REFUSED = "Svaret fra din organisations log-ind-tjeneste kunne ikke godkendes.";

    @BeforeAll
    static void provider() {
        TestHostileProvider.issuer(TestHostileProvider.FORGED);
    }

    /** The reason is the validator's own words, so the audit log tells an administrator which check failed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "forfalsket,       Signed JWT rejected: Invalid signature",
        "fremmed,          Unexpected JWT audience",
        "udloebet,         Expired JWT",
        "forkert-udsteder, Unexpected JWT issuer",
    })
    void anIdTokenWithOneDefectIsRefusedAuditedAndCreatesNothing(String variant, String reason) throws SQLException {
        long people = count("SELECT COUNT(*) FROM person");
        long identities = count("SELECT COUNT(*) FROM federated_identity");
        // Only entries written by this attempt count.
        long lastEntry = count("SELECT COALESCE(MAX(id), 0) FROM audit_event");

        browser.visit("/login.xhtml");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#providers a[href*='provider=" + variant + "']")));

        assertEquals("/login.xhtml?sso=TOKEN", browser.currentPath());
        assertTrue(text("ssoRefused").contains(TOKEN_REFUSED), text("ssoRefused"));
        assertEquals(people, count("SELECT COUNT(*) FROM person"), "no person created");
        assertEquals(identities, count("SELECT COUNT(*) FROM federated_identity"), "no provider identity created");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE id > ? AND action = 'LOGIN_FAILED' AND detail LIKE ?",
                lastEntry, "oidc TOKEN: ID token refused: %" + reason + "%"), "audited with the reason: " + reason);
    }

    private static long count(String sql, Object... values) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, sql, values);
        }
    }
}
