package dk.samskab.web.pages;

import dk.samskab.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The login form. */
public class LoginPage extends AppPage {

    public LoginPage(Browser browser) {
        super(browser);
        if (!browser.driver().getCurrentUrl().contains("/login.xhtml")) {
            throw new AssertionError("Expected the login page but was at " + browser.driver().getCurrentUrl());
        }
    }

    public static LoginPage open(Browser browser) {
        browser.visit("/login.xhtml");
        return new LoginPage(browser);
    }

    /** Logs in and returns the page the user lands on. */
    public AppPage loginAs(String email, String password) {
        submit(email, password);
        return new AppPage(browser);
    }

    /** Submits the form expecting to stay on the login page (wrong or missing input). */
    public LoginPage loginExpectingFailure(String email, String password) {
        submit(email, password);
        return new LoginPage(browser);
    }

    private void submit(String email, String password) {
        type("loginForm:email", email);
        type("loginForm:password", password);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("loginForm:submit")));
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        if (value != null) {
            field.sendKeys(value);
        }
    }

    public String errorMessage() {
        return browser.driver().findElement(By.id("loginForm:messages")).getText();
    }

    public String fieldError(String field) {
        return browser.driver().findElement(By.id("loginForm:" + field + "Error")).getText();
    }
}
