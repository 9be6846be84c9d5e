package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestKeycloak;
import dk.samskab.web.pages.AppPage;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Sign-in through Aarhus Kommune's own OpenID Connect provider, a real Keycloak: the first time
 * creates the person and their membership from the provider's claims, the next time finds them
 * by the provider's subject id; every refusal ends on the login page with its reason and creates
 * nothing.
 */
class SingleSignOnIT extends BrowserTest {

    private static final String ANNE = "anne.kristensen@aarhus.example.dk";

    @BeforeAll
    static void provider() {
        TestKeycloak.issuer();
    }

    @Test
    void aCaseWorkerSignsInWithHerMunicipalityAndIsProvisionedOnceFromTheClaims() throws SQLException {
        signInAtProvider("sagsbehandler");
        AppPage home = new AppPage(browser);
        assertEquals("/learner/index.xhtml", browser.currentPath());
        assertTrue(home.text().contains("Anne"), home.text());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id"
                    + " JOIN organisation o ON o.id = m.organisation_id WHERE p.email = ? AND o.code = 'kommune-aarhus'"
                    + " AND m.role = 'PROFESSIONAL'", ANNE));
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM federated_identity f JOIN person p ON p.id = f.person_id"
                    + " WHERE p.email = ? AND f.provider = ?", ANNE, TestKeycloak.PROVIDER));
        }
        home.logout();
        signInAtProvider("sagsbehandler");
        assertEquals("/learner/index.xhtml", browser.currentPath());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM person WHERE email = ?", ANNE), "found again, not made twice");
        }
    }

    @Test
    void aPersonWithoutAnEmailAddressAtTheProviderIsRefusedWithTheReasonAndNothingIsCreated() throws SQLException {
        long before = people();
        signInAtProvider("uden-email");
        assertTrue(browser.currentPath().startsWith("/login.xhtml?sso="), browser.currentPath());
        assertTrue(text("ssoRefused").contains("sendte ingen e-mailadresse"), text("ssoRefused"));
        assertEquals(before, people());
    }

    @Test
    void aForgedOrReplayedCallbackIsRefused() throws SQLException {
        long before = people();
        browser.visit("/sso/callback?state=forged&code=stolen");
        assertTrue(browser.currentPath().startsWith("/login.xhtml?sso="), browser.currentPath());
        assertTrue(text("ssoRefused").contains("for gammelt eller allerede brugt"), text("ssoRefused"));
        browser.visit("/sso/start?provider=nowhere");
        assertTrue(text("ssoRefused").contains("kender Samskab ikke"), text("ssoRefused"));
        assertEquals(before, people());
    }

    /** From the login page, through the provider's own form (skipped when the provider remembers the user). */
    private static void signInAtProvider(String username) {
        // The provider's own session is forgotten too, as on a shared computer after signing out.
        browser.driver().get(TestKeycloak.issuer() + "/.well-known/openid-configuration");
        browser.driver().manage().deleteAllCookies();
        browser.visit("/login.xhtml");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#providers a")));
        if (!browser.driver().findElements(By.id("username")).isEmpty()) {
            WebElement user = browser.driver().findElement(By.id("username"));
            user.clear();
            user.sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys(TestKeycloak.PASSWORD);
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("kc-login")));
        }
    }

    private static long people() throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM person");
        }
    }
}
