package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestKeycloak;
import dk.samskab.web.pages.LoginPage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin sets up Roskilde Kommune's provider (a real Keycloak) on the admin page, whose secret
 * the operator has put in the environment: every bad entry is refused with its reason and stores
 * nothing; once saved, the provider answers, its button is on the login page, and its first
 * sign-in makes a member of Roskilde Kommune; switched off, the button is gone.
 */
class SignInProvidersAdminIT extends BrowserTest {

    private static final String CODE = "roskilde";

    @Test
    void anAdminSetsUpAProviderThatSignsPeopleInToTheChosenOrganisation() throws SQLException {
        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/admin/sign-in-providers.xhtml");
        assertTrue(text("providersForm:providers").contains("Aarhus Kommune (test)"), "the operator's providers are listed");

        Map<String, String> good = Map.of("code", CODE, "name", "Roskilde Kommune (test)", "issuer", TestKeycloak.issuer(),
                "clientId", TestKeycloak.CLIENT_ID);
        refused(Map.of(), "Koden skal være");
        refused(Map.of("code", "aarhus", "name", "Igen", "issuer", TestKeycloak.issuer(), "clientId", "x"), "bruger allerede");
        refused(with(good, "issuer", "ftp://idp.roskilde.example.dk"), "https-adresse");
        refused(with(good, "issuer", "http://idp.roskilde.example.dk"), "https-adresse");
        refused(good, "Vælg organisationen");
        try (Connection c = TestAccounts.connect()) {
            assertEquals(0, TestAccounts.single(c, "SELECT COUNT(*) FROM sign_in_provider WHERE code IN ('roskilde', 'aarhus')"));
        }

        browser.visit("/admin/sign-in-providers.xhtml");
        fill(good);
        new Select(browser.driver().findElement(By.id("providerForm:organisation"))).selectByValue("kommune-roskilde");
        browser.driver().findElement(By.id("providerForm:acrLevels")).sendKeys("1=substantial");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("providerForm:save")));
        assertTrue(text("savedNotice").contains(CODE), text("savedNotice"));
        WebElement row = row();
        assertTrue(row.getText().contains("Slået til"), row.getText());
        browser.clickAndAwaitNewPage(row.findElement(By.cssSelector("input[id$=':check']")));
        assertTrue(text("providersForm:listMessages").contains("Roskilde Kommune (test) svarer"), text("providersForm:listMessages"));

        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("logout")));
        // Keycloak's own session is forgotten too, so its form asks who signs in.
        browser.driver().get(TestKeycloak.issuer() + "/.well-known/openid-configuration");
        browser.driver().manage().deleteAllCookies();
        browser.visit("/login.xhtml");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#providers a[href*='provider=" + CODE + "']")));
        browser.driver().findElement(By.id("username")).sendKeys("roskilde-medarbejder");
        browser.driver().findElement(By.id("password")).sendKeys(TestKeycloak.PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("kc-login")));
        assertEquals("/learner/index.xhtml", browser.currentPath());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id"
                    + " JOIN organisation o ON o.id = m.organisation_id WHERE p.email = 'mette.dahl@roskilde.example.dk'"
                    + " AND o.code = 'kommune-roskilde' AND m.role = 'PROFESSIONAL'"));
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN'"
                    + " AND subject = 'mette.dahl@roskilde.example.dk' AND detail LIKE 'oidc roskilde acr=substantial%'"));
        }
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("logout")));

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/admin/sign-in-providers.xhtml");
        browser.clickAndAwaitNewPage(row().findElement(By.cssSelector("input[id$=':toggle']")));
        assertTrue(row().getText().contains("Slået fra"), row().getText());
        browser.driver().manage().deleteAllCookies();
        browser.visit("/login.xhtml");
        assertEquals(0, browser.driver().findElements(By.cssSelector("#providers a[href*='provider=" + CODE + "']")).size(),
                "a provider switched off is not offered");
    }

    private static void refused(Map<String, String> fields, String reason) {
        browser.visit("/admin/sign-in-providers.xhtml");
        fill(fields);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("providerForm:save")));
        String messages = browser.driver().findElement(By.id("providerForm:messages")).getText();
        assertTrue(messages.contains(reason), fields + " → " + messages);
    }

    private static void fill(Map<String, String> fields) {
        fields.forEach((field, value) -> browser.driver().findElement(By.id("providerForm:" + field)).sendKeys(value));
    }

    private static Map<String, String> with(Map<String, String> fields, String field, String value) {
        Map<String, String> changed = new java.util.HashMap<>(fields);
        changed.put(field, value);
        return changed;
    }

    private WebElement row() {
        return browser.driver().findElements(By.cssSelector("#providersForm\\:providers tbody tr")).stream()
                .filter(r -> r.getText().contains("(" + CODE + ")")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + CODE + " in: " + text("providersForm:providers")));
    }
}
