package dk.samskab.web.pages;

import dk.samskab.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An authoring page (course, lesson or quiz editor) whose form is named by formId. */
public class EditorPage extends AppPage {

    private final String form;

    public EditorPage(Browser browser, String formId) {
        super(browser);
        this.form = formId;
        if (browser.driver().findElements(By.id(formId)).isEmpty()) {
            throw new AssertionError("Expected the editor form " + formId + " at " + browser.currentPath());
        }
    }

    /** Opens "My courses", creates a course and lands in its editor. */
    public static EditorPage createCourse(Browser browser, String code, String titleDa, String titleEn) {
        browser.visit("/instructor/courses.xhtml");
        new AppPage(browser);
        browser.driver().findElement(By.id("createForm:code")).sendKeys(code);
        browser.driver().findElement(By.id("createForm:titleDa")).sendKeys(titleDa);
        browser.driver().findElement(By.id("createForm:titleEn")).sendKeys(titleEn);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("createForm:create")));
        return new EditorPage(browser, "editForm");
    }

    public EditorPage type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(form + ":" + id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Writes into every Danish/English field that is still empty: "{prefix} 1 (da)", "{prefix} 2 (en)", … */
    public EditorPage fillEmptyTexts(String prefix) {
        int n = 0;
        for (WebElement field : browser.driver().findElements(By.cssSelector("#" + form + " fieldset.bilingual input[type=text], #"
                + form + " fieldset.bilingual textarea, #" + form + " fieldset.text-list input[type=text]"))) {
            if (field.getAttribute("value").isEmpty()) {
                n++;
                field.sendKeys(prefix + " " + n + (field.getAttribute("id").endsWith("En") || field.getAttribute("id").endsWith(":en")
                        ? " (en)" : " (da)"));
            }
        }
        return this;
    }

    public EditorPage check(String id) {
        WebElement box = browser.driver().findElement(By.id(form + ":" + id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Presses a button of the form and waits for the page to come back. */
    public EditorPage press(String buttonId) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id(form + ":" + buttonId)));
        return new EditorPage(browser, form);
    }

    /** Follows a link on the page to another editor page. */
    public EditorPage follow(String linkId, String formId) {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id(linkId)));
        return new EditorPage(browser, formId);
    }

    public String messages() {
        return browser.driver().findElement(By.id(form + ":messages")).getText();
    }

    public String problems() {
        return browser.driver().findElements(By.id(form + ":problems")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String textOf(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
