package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApi;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page where API clients are made and revoked, in the browser: the secret is shown once and
 * gets a token until the client is revoked; a training manager's page offers no choice of scope
 * and lists only their own clients; a missing name is refused in the page's language.
 */
class ApiClientsPageIT extends BrowserTest {

    private static final String ADMIN = "admin@demo.samskab.dk";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"[^\"]+\"");
    private static final Pattern INVALID_CLIENT = Pattern.compile("\"error\"\\s*:\\s*\"invalid_client\"");

    @Test
    void anAdminsNewClientGetsATokenWithTheSecretShownOnceUntilItIsRevoked() throws Exception {
        LoginPage.open(browser).loginAs(ADMIN, TestAccounts.PASSWORD);
        browser.visit("/admin/index.xhtml");
        browser.clickAndAwaitNewPage(find("apiClientsLink"));
        assertEquals("Integrationer (API-klienter)", new AppPage(browser).heading());

        String name = "Lønsystem " + System.nanoTime();
        find("apiClientForm:name").sendKeys(name);
        browser.driver().findElement(By.cssSelector("input[name='apiClientForm:scope'][value='ORGANISATIONS']")).click();
        new Select(find("apiClientForm:organisations")).selectByValue("kommune-aarhus");
        find("apiClientForm:readWrite").click();
        browser.clickAndAwaitNewPage(find("apiClientForm:create"));
        new AppPage(browser);

        WebElement created = find("createdNotice");
        assertEquals("status", created.getAttribute("role"));
        assertTrue(created.getText().contains("Hemmeligheden vises kun nu"), created.getText());
        String clientId = text("createdClientId");
        String secret = text("createdSecret");
        assertTrue(clientId.startsWith("sk-"), clientId);
        assertTrue(secret.length() >= 40, "a long random secret: " + secret);
        assertFalse(browser.driver().getCurrentUrl().contains(secret), "the secret is not in the address");
        String row = row(clientId).getText();
        assertTrue(row.contains(name) && row.contains("Aarhus Kommune") && row.contains("Læse og ændre") && row.contains("600")
                && row.contains(ADMIN) && row.contains("Aktiv"), row);

        HttpResponse<String> granted = token(clientId, secret);
        assertEquals(200, granted.statusCode(), granted.body());
        assertTrue(ACCESS_TOKEN.matcher(granted.body()).find(), granted.body());

        browser.visit("/admin/api-clients.xhtml");
        assertFalse(browser.driver().getPageSource().contains(secret), "the secret is shown once only");
        assertTrue(browser.driver().findElements(By.id("createdNotice")).isEmpty());

        browser.clickAndAwaitNewPage(row(clientId).findElement(By.cssSelector("a[id$=':revoke']")));
        new AppPage(browser);
        assertTrue(text("revokeQuestion").contains(clientId), text("revokeQuestion"));
        browser.clickAndAwaitNewPage(find("revokeForm:confirmRevoke"));
        new AppPage(browser);
        assertTrue(text("revokedNotice").contains("Integrationen er tilbagekaldt"), text("revokedNotice"));
        row = row(clientId).getText();
        assertTrue(row.contains("Tilbagekaldt") && !row.contains("Aktiv"), row);
        assertTrue(row(clientId).findElements(By.cssSelector("a[id$=':revoke']")).isEmpty(), "a revoked client cannot be revoked again");

        HttpResponse<String> refused = token(clientId, secret);
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(INVALID_CLIENT.matcher(refused.body()).find(), refused.body());
    }

    @Test
    void aTrainingManagerChoosesNoScopeAndSeesOnlyTheirOwnClients() throws Exception {
        LoginPage.open(browser).loginAs(ADMIN, TestAccounts.PASSWORD);
        browser.visit("/admin/api-clients.xhtml");
        find("apiClientForm:name").sendKeys("Datavarehus " + System.nanoTime());
        new Select(find("apiClientForm:organisations")).selectByValue("kommune-aarhus");
        browser.clickAndAwaitNewPage(find("apiClientForm:create"));
        String adminsClient = text("createdClientId");
        browser.driver().manage().deleteAllCookies();

        String manager = TestAccounts.create("Ulla Integration", "TRAINING_MANAGER");
        LoginPage.open(browser).loginAs(manager, TestAccounts.PASSWORD);
        browser.visit("/manager/index.xhtml");
        browser.clickAndAwaitNewPage(find("apiClientsLink"));
        assertEquals("Integrationer (API-klienter)", new AppPage(browser).heading());
        assertTrue(browser.driver().findElements(By.name("apiClientForm:scope")).isEmpty(), "no choice of scope");
        assertTrue(browser.driver().findElements(By.id("apiClientForm:organisations")).isEmpty(), "no choice of organisations");
        assertTrue(text("managerScope").contains("præcis det samme som du"), text("managerScope"));
        assertEquals("Der er ingen integrationer endnu.", text("noClients"));

        String name = "HR-system " + System.nanoTime();
        find("apiClientForm:name").sendKeys(name);
        browser.clickAndAwaitNewPage(find("apiClientForm:create"));
        new AppPage(browser);
        String clientId = text("createdClientId");
        String secret = text("createdSecret");
        String list = text("clients");
        assertTrue(list.contains(name) && list.contains("Det samme som du ser som uddannelsesansvarlig") && list.contains("Kun læse"), list);
        assertFalse(list.contains(adminsClient), "an admin's client is not on the manager's page: " + list);
        assertEquals(1, browser.driver().findElements(By.cssSelector("#clients tbody tr")).size(), list);
        assertEquals(200, token(clientId, secret).statusCode(), "the manager's client gets a token");
    }

    @Test
    void aClientWithoutANameIsRefusedInDanishAndEnglishAndNothingIsCreated() throws Exception {
        LoginPage.open(browser).loginAs(ADMIN, TestAccounts.PASSWORD);
        browser.visit("/admin/api-clients.xhtml");
        long before = clientsCreatedBy(ADMIN);
        new Select(find("apiClientForm:organisations")).selectByValue("kommune-aarhus");
        browser.clickAndAwaitNewPage(find("apiClientForm:create"));
        new AppPage(browser);
        assertEquals("Giv integrationen et navn på højst 120 tegn, så du kan kende den igen.", text("apiClientForm:nameError"));
        assertTrue(browser.driver().findElements(By.id("createdNotice")).isEmpty(), "no secret shown");
        assertEquals(before, clientsCreatedBy(ADMIN), "nothing created");
        browser.driver().manage().deleteAllCookies();

        // In English as a manager of the test's own: the language chosen is kept with the person.
        String manager = TestAccounts.create("Erik English", "TRAINING_MANAGER");
        LoginPage.open(browser).loginAs(manager, TestAccounts.PASSWORD);
        browser.visit("/manager/api-clients.xhtml");
        new AppPage(browser).switchToEnglish();
        assertEquals("Integrations (API clients)", new AppPage(browser).heading());
        find("apiClientForm:name").sendKeys("   ");
        browser.clickAndAwaitNewPage(find("apiClientForm:create"));
        new AppPage(browser);
        assertEquals("Give the integration a name of at most 120 characters, so that you can recognise it.",
                text("apiClientForm:nameError"));
        assertTrue(browser.driver().findElements(By.id("createdNotice")).isEmpty(), "no secret shown");
        assertEquals(0, clientsCreatedBy(manager), "nothing created");
        assertEquals("There are no integrations yet.", text("noClients"));
    }

    private static WebElement find(String id) {
        return browser.driver().findElement(By.id(id));
    }

    /** The row of the clients table that shows this client id. */
    private WebElement row(String clientId) {
        return browser.driver().findElements(By.cssSelector("#clients tbody tr")).stream()
                .filter(tr -> tr.getText().contains(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + clientId + " in " + text("clients")));
    }

    /** Asks for an access token as an integration would: client credentials in the form. */
    private static HttpResponse<String> token(String clientId, String secret) {
        return TestApi.requestToken(clientId, secret);
    }

    private static long clientsCreatedBy(String email) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM api_client WHERE created_by = ?", email);
        }
    }
}
