package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestKeycloak;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

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
            // The realm maps a fresh sign-in to the acr "substantial", as a broker in front of MitID would.
            assertTrue(TestAccounts.single(c, "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND subject = ?"
                    + " AND detail LIKE 'oidc aarhus acr=substantial%assurance=substantial'", ANNE) >= 1, "the assurance is audited");
        }
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("logout")));
        // On through the provider's sign-out and back to the login page.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.currentPath().startsWith("/login.xhtml"));
        assertTrue(browser.currentPath().startsWith("/login.xhtml?loggedOut=true"), browser.currentPath());
        clickProvider(TestKeycloak.PROVIDER);
        assertEquals(1, browser.driver().findElements(By.id("username")).size(), "signed out at the provider too");

        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "UPDATE person SET full_name = 'Gammelt Navn' WHERE email = ?", ANNE);
        }
        signInAtProvider("sagsbehandler");
        assertEquals("/learner/index.xhtml", browser.currentPath());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM person WHERE email = ?", ANNE), "found again, not made twice");
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM person WHERE email = ? AND full_name = 'Anne Kristensen'", ANNE),
                    "the name as the provider has it");
        }
    }

    @Test
    void theMembershipRoleComesFromTheProvidersClaim() throws SQLException {
        signInAtProvider("frivillig");
        assertEquals("/learner/index.xhtml", browser.currentPath());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id"
                    + " JOIN organisation o ON o.id = m.organisation_id WHERE p.email = 'ole.oestergaard@roedekors.example.dk'"
                    + " AND o.code = 'kommune-aarhus' AND m.role = 'VOLUNTEER' AND p.full_name = 'Ole Østergaard'"));
        }
    }

    @Test
    void someoneWithALocalAccountLinksItOnceByProvingThePasswordAndThenSignsInThroughTheProviderAlone() throws SQLException {
        String jonas = "jonas.bech@aarhus.example.dk";
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.create(c, "Jonas Bech", jonas, "LEARNER");
        }
        long before = people();
        signInAtProvider("eksisterende");
        assertEquals("/sso/link.xhtml", browser.currentPath());
        assertTrue(text("linkIntro").contains(jonas), text("linkIntro"));

        browser.driver().findElement(By.id("linkForm:password")).sendKeys("not-the-password");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("linkForm:link")));
        assertTrue(text("linkForm:passwordError").contains("passer ikke"), text("linkForm:passwordError"));
        try (Connection c = TestAccounts.connect()) {
            assertEquals(0, TestAccounts.single(c, "SELECT COUNT(*) FROM federated_identity f JOIN person p ON p.id = f.person_id"
                    + " WHERE p.email = ?", jonas), "a wrong password links nothing");
        }

        browser.driver().findElement(By.id("linkForm:password")).sendKeys(DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("linkForm:link")));
        assertEquals("/learner/index.xhtml", browser.currentPath());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM federated_identity f JOIN person p ON p.id = f.person_id"
                    + " WHERE p.email = ? AND f.provider = ?", jonas, TestKeycloak.PROVIDER));
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id"
                    + " JOIN organisation o ON o.id = m.organisation_id WHERE p.email = ? AND o.code = 'kommune-aarhus'", jonas),
                    "a member of the provider's organisation");
        }
        assertEquals(before, people(), "the account was linked, not a second person made");

        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("logout")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.currentPath().startsWith("/login.xhtml"));
        signInAtProvider("eksisterende");
        assertEquals("/learner/index.xhtml", browser.currentPath(), "no second linking");
        browser.visit("/sso/link.xhtml");
        assertEquals(1, browser.driver().findElements(By.id("nothingToLink")).size());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("logout")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.currentPath().startsWith("/login.xhtml"));
    }

    @Test
    void signingOutAtTheProviderEndsTheSamskabSessionThroughTheBackChannel() throws SQLException {
        signInAtProvider("sagsbehandler");
        assertEquals("/learner/index.xhtml", browser.currentPath());
        long lastEntry;
        try (Connection c = TestAccounts.connect()) {
            lastEntry = TestAccounts.single(c, "SELECT COALESCE(MAX(id), 0) FROM audit_event");
        }
        // At the provider itself, as from another of the municipality's applications.
        browser.driver().get(TestKeycloak.issuer() + "/protocol/openid-connect/logout");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("kc-logout")));
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM audit_event WHERE id > ? AND action = 'LOGOUT'"
                    + " AND detail LIKE 'oidc back-channel aarhus sid=%'", lastEntry), "the provider told Samskab");
        }
        browser.visit("/learner/index.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "signed out here too: " + browser.currentPath());
    }

    @Test
    void anExamThatRequiresMitIdSubstantialSaysSoToAPasswordSignInButNotToTheProvidersSignIn() throws SQLException {
        // LED-201's exam rules require a sign-in at level substantial before the final assignment is handed in.
        browser.visit("/course.xhtml?code=LED-201");
        assertTrue(text("examIdentity").contains("sikringsniveau betydelig"), text("examIdentity"));

        String viaPassword = TestAccounts.create("Per Adgangskode", "LEARNER");
        long passwordEnrolment = TestAccounts.enrol(viaPassword, "LED-201");
        LoginPage.open(browser).loginAs(viaPassword, DEMO_PASSWORD);
        browser.visit("/learner/task.xhtml?e=" + passwordEnrolment + "&t=final");
        assertTrue(text("assuranceNeeded").contains("sikringsniveau betydelig"), text("assuranceNeeded"));
        assertTrue(text("assuranceNeeded").contains("Du er logget ind med adgangskode"), text("assuranceNeeded"));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("logout")));

        signInAtProvider("sagsbehandler");
        long providerEnrolment = TestAccounts.enrol(ANNE, "LED-201");
        browser.visit("/learner/task.xhtml?e=" + providerEnrolment + "&t=final");
        assertEquals(0, browser.driver().findElements(By.id("assuranceNeeded")).size(), "Anne signed in at level substantial");
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
    void aForgedCallbackAnUnknownProviderAndAProviderThatIsDownAreRefused() throws SQLException {
        long before = people();
        browser.visit("/sso/callback?state=forged&code=stolen");
        assertTrue(browser.currentPath().startsWith("/login.xhtml?sso="), browser.currentPath());
        assertTrue(text("ssoRefused").contains("for gammelt eller allerede brugt"), text("ssoRefused"));
        browser.visit("/sso/start?provider=nowhere");
        assertTrue(text("ssoRefused").contains("kender Samskab ikke"), text("ssoRefused"));
        browser.visit("/login.xhtml");
        clickProvider("nede");
        assertTrue(text("ssoRefused").contains("svarer ikke lige nu"), text("ssoRefused"));
        assertEquals(before, people());
    }

    @Test
    void aCodeTheProviderHasRedeemedIsRefusedWhenOfferedWithANewSignInsState() throws SQLException {
        // A code captured from someone's finished sign-in (here: redeemed over HTTP).
        HttpUser someone = HttpUser.anonymous();
        String callback = TestKeycloak.authorise(someone, "sagsbehandler");
        assertEquals(302, someone.get(callback).statusCode());
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");
        long before = people();
        // In another browser, a sign-in of its own is started, and the captured code offered with its state.
        browser.driver().get(TestKeycloak.issuer() + "/.well-known/openid-configuration");
        browser.driver().manage().deleteAllCookies();
        browser.visit("/login.xhtml");
        clickProvider(TestKeycloak.PROVIDER);
        String state = browser.driver().getCurrentUrl().replaceAll(".*[?&]state=([^&]+).*", "$1");
        browser.visit("/sso/callback?state=" + state + "&code=" + code);
        assertEquals("/login.xhtml?sso=TOKEN", browser.currentPath());
        assertTrue(text("ssoRefused").contains("kunne ikke godkendes"), text("ssoRefused"));
        assertEquals(before, people());
        browser.visit("/learner/index.xhtml");
        assertTrue(browser.currentPath().startsWith("/login.xhtml"), "not signed in: " + browser.currentPath());
    }

    /** From the login page, through the provider's own form (skipped when the provider remembers the user). */
    private static void signInAtProvider(String username) {
        // The provider's own session is forgotten too, as on a shared computer after signing out.
        browser.driver().get(TestKeycloak.issuer() + "/.well-known/openid-configuration");
        browser.driver().manage().deleteAllCookies();
        browser.visit("/login.xhtml");
        clickProvider(TestKeycloak.PROVIDER);
        if (!browser.driver().findElements(By.id("username")).isEmpty()) {
            WebElement user = browser.driver().findElement(By.id("username"));
            user.clear();
            user.sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys(TestKeycloak.PASSWORD);
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("kc-login")));
        }
    }

    private static void clickProvider(String code) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#providers a[href*='provider=" + code + "']")));
    }

    private static long people() throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM person");
        }
    }
}
