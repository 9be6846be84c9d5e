package dk.samskab.web.pages;

import dk.samskab.testsupport.Browser;
import java.nio.file.Path;
import org.openqa.selenium.By;

/** A hand-in page: the final assignment or a module's reflection task. */
public class TaskPage extends AppPage {

    public TaskPage(Browser browser) {
        super(browser);
        if (!browser.currentPath().startsWith("/learner/task.xhtml")) {
            throw new AssertionError("Expected a task page but was at " + browser.currentPath());
        }
    }

    public TaskPage write(String text) {
        browser.driver().findElement(By.id("handInForm:text")).sendKeys(text);
        return this;
    }

    public TaskPage attach(Path file) {
        browser.driver().findElement(By.id("handInForm:file")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Hands in; lands on the same page, with a confirmation or with the form and its messages. */
    public TaskPage handIn() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("handInForm:submit")));
        return new TaskPage(browser);
    }

    public String fileError() {
        return browser.driver().findElement(By.id("handInForm:fileError")).getText();
    }

    public String status() {
        return browser.driver().findElement(By.id("submissionStatus")).getText();
    }

    public String feedback() {
        return browser.driver().findElement(By.id("submissionFeedback")).getText();
    }

    /** Follows "go on" to the next step. */
    public LessonPage goOn() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("goOn")));
        return new LessonPage(browser);
    }

    public String messages() {
        return browser.driver().findElement(By.id("handInForm:messages")).getText();
    }

    public PlayerPage backToCourse() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector(".breadcrumb a")));
        return new PlayerPage(browser);
    }
}
