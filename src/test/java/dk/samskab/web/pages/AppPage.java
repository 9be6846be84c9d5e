package dk.samskab.web.pages;

import dk.samskab.testsupport.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What every page of the layout offers: heading, navigation, language switch and logout. */
public class AppPage {

    protected final Browser browser;

    public AppPage(Browser browser) {
        this.browser = browser;
        browser.assertAccessible();
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public List<String> navigation() {
        return browser.driver().findElements(By.cssSelector("nav.main-nav a")).stream().map(WebElement::getText).toList();
    }

    public AppPage switchToEnglish() {
        return switchLanguage("languageForm:switchEn");
    }

    public AppPage switchToDanish() {
        return switchLanguage("languageForm:switchDa");
    }

    private AppPage switchLanguage(String buttonId) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id(buttonId)));
        return new AppPage(browser);
    }

    public LoginPage logout() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("logout")));
        return new LoginPage(browser);
    }

    public String text() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}
