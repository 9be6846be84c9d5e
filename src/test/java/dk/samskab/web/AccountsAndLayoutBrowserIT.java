package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Login per role, language switch, default-deny for anonymous users and friendly errors, in a real browser. */
class AccountsAndLayoutBrowserIT extends BrowserTest {

    private static final String PASSWORD = DEMO_PASSWORD;
    private static final List<String> PROTECTED_PAGES = List.of(
            "/learner/index.xhtml", "/instructor/index.xhtml", "/manager/index.xhtml", "/admin/index.xhtml");

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "admin@demo.samskab.dk, /admin/index.xhtml, Administration",
        "jens@demo.samskab.dk, /manager/index.xhtml, Overblik for uddannelsesansvarlige",
        "karen@demo.samskab.dk, /instructor/index.xhtml, Undervisning",
        "mette@demo.samskab.dk, /learner/index.xhtml, Min læring",
    })
    void eachRoleLandsOnItsOwnHomePage(String email, String homePath, String heading) {
        LoginPage login = LoginPage.open(browser);
        String anonymousSession = browser.sessionId();

        AppPage home = login.loginAs(email, PASSWORD);

        assertEquals(homePath, browser.currentPath(), "home page of " + email);
        assertEquals(heading, home.heading());
        assertNotNull(browser.sessionId(), "a session after login");
        assertNotEquals(anonymousSession, browser.sessionId(), "the session id is renewed at login");
        home.logout();
    }

    @Test
    void aLearnerSeesBothMembershipsAndCannotOpenOtherRolesPages() {
        AppPage home = LoginPage.open(browser).loginAs("mette@demo.samskab.dk", PASSWORD);

        String text = home.text();
        assertTrue(text.contains("Aarhus Kommune") && text.contains("Fagprofessionel"), text);
        assertTrue(text.contains("Dansk Røde Kors") && text.contains("Frivillig"), text);
        assertEquals(List.of("Forside", "Kurser", "Min læring"), home.navigation());

        browser.visit("/admin/index.xhtml");
        assertEquals("Du har ikke adgang til denne side", new AppPage(browser).heading());
    }

    @Test
    void theManagerSeesOnlyPeopleOfTheirOwnOrganisations() {
        AppPage home = LoginPage.open(browser).loginAs("jens@demo.samskab.dk", PASSWORD);

        String members = browser.driver().findElement(By.id("members")).getText();
        assertTrue(members.contains("Mette Jensen"), members);
        assertFalse(members.contains("Lone Sørensen"), "Roskilde is not the Aarhus manager's: " + members);
        assertFalse(members.contains("Dansk Røde Kors"), "memberships outside the scope stay hidden: " + members);
        home.logout();
    }

    @Test
    void theAdministratorSeesAllMunicipalitiesAndThePartnerships() {
        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", PASSWORD);

        String counts = browser.driver().findElement(By.id("organisationCounts")).getText();
        assertTrue(counts.contains("98\nKommuner") || counts.contains("98 Kommuner"), counts);
        String partnerships = browser.driver().findElement(By.id("partnerships")).getText();
        assertTrue(partnerships.contains("Besøgsvenner til ældre i Aarhus"), partnerships);
    }

    @Test
    void languageSwitchesToEnglishAndBackAndIsRemembered() {
        AppPage home = LoginPage.open(browser).loginAs("lone@demo.samskab.dk", PASSWORD);
        assertEquals("da", home.language());
        assertEquals("Min læring", home.heading());

        AppPage english = home.switchToEnglish();
        assertEquals("en", english.language());
        assertEquals("My learning", english.heading());
        assertEquals(List.of("Home", "Courses", "My learning"), english.navigation());

        LoginPage login = english.logout();
        browser.driver().manage().deleteAllCookies();
        AppPage again = LoginPage.open(browser).loginAs("lone@demo.samskab.dk", PASSWORD);
        assertEquals("My learning", again.heading(), "the preferred language is stored with the person");

        AppPage danish = again.switchToDanish();
        assertEquals("Min læring", danish.heading());
        assertNotNull(login);
    }

    @Test
    void anonymousUsersAreSentToLoginFromEveryProtectedPage() {
        for (String page : PROTECTED_PAGES) {
            browser.driver().manage().deleteAllCookies();
            browser.visit(page);
            assertEquals("/login.xhtml", browser.currentPath().replaceAll(";.*|\\?.*", ""), "anonymous at " + page);
        }
    }

    @Test
    void publicPagesOpenWithoutLogin() {
        browser.visit("/");
        assertEquals("Lær at skabe løsninger sammen", new AppPage(browser).heading());
        browser.visit("/accessibility.xhtml");
        AppPage statement = new AppPage(browser);
        assertEquals("Tilgængelighedserklæring for Samskab", statement.heading());
        assertTrue(statement.text().contains("WCAG 2.1"), "the statement names the standard");
    }

    @Test
    void theFooterLinksToTheAccessibilityStatement() {
        browser.visit("/");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("footerAccessibility")));
        assertEquals("/accessibility.xhtml", browser.currentPath());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameNeutralMessage() {
        LoginPage wrongPassword = LoginPage.open(browser).loginExpectingFailure("mette@demo.samskab.dk", "not-the-password");
        String message = wrongPassword.errorMessage();
        assertEquals("E-mail eller adgangskode er forkert. Prøv igen.", message);

        LoginPage unknown = LoginPage.open(browser).loginExpectingFailure("nobody@example.dk", "whatever-password");
        assertEquals(message, unknown.errorMessage(), "no hint whether the account exists");
    }

    @Test
    void missingFieldsAreNamedNextToTheField() {
        LoginPage page = LoginPage.open(browser).loginExpectingFailure(null, null);
        assertEquals("Skriv din e-mailadresse.", page.fieldError("email"));
        assertEquals("Skriv din adgangskode.", page.fieldError("password"));
    }

    @Test
    void anUnknownAddressShowsAFriendlyNotFoundPage() {
        browser.visit("/findes-ikke.xhtml");
        assertEquals("/findes-ikke.xhtml", browser.currentPath(), "an address that names nothing is not a sign-in");
        assertEquals("Siden findes ikke", new AppPage(browser).heading(), "anonymous visitors get the same friendly page");

        LoginPage.open(browser).loginAs("mette@demo.samskab.dk", PASSWORD);
        browser.visit("/findes-ikke.xhtml");
        AppPage page = new AppPage(browser);
        assertEquals("Siden findes ikke", page.heading());
        assertFalse(browser.visibleText().contains("Exception"), "no stack trace");
    }

    @Test
    void logoutEndsTheSession() {
        AppPage home = LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
        LoginPage afterLogout = home.logout();
        assertTrue(afterLogout.text().contains("Du er nu logget ud"), afterLogout.text());

        browser.visit("/instructor/index.xhtml");
        assertEquals("/login.xhtml", browser.currentPath().replaceAll(";.*|\\?.*", ""));
    }
}
