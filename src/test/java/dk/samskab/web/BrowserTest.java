package dk.samskab.web;

import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/** One desktop browser per test class against the shared application, signed out before each test. */
abstract class BrowserTest {

    protected static final String DEMO_PASSWORD = "samskab-demo-2026";

    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser(TestApplication.baseUrl());
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.driver().manage().deleteAllCookies();
    }

    protected String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
