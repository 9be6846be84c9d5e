package dk.samskab.web.pages;

import dk.samskab.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A public course page with its enrolment section. */
public class CoursePage extends AppPage {

    public CoursePage(Browser browser) {
        super(browser);
    }

    public static CoursePage open(Browser browser, String code) {
        browser.visit("/course.xhtml?code=" + code);
        return new CoursePage(browser);
    }

    public PlayerPage startSelfPaced() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("enrolForm:startSelfPaced")));
        return new PlayerPage(browser);
    }

    /** Joins the cohort of that name; lands on the course (enrolled) or on My learning (waitlisted). */
    public AppPage joinCohort(String name) {
        WebElement cohort = browser.driver().findElements(By.cssSelector("#cohorts li")).stream()
                .filter(li -> li.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No cohort " + name));
        browser.clickAndAwaitNewPage(cohort.findElement(By.cssSelector("input[type=submit]")));
        return new AppPage(browser);
    }

    /** The cohort's line in the list: name, dates and seats. */
    public String cohortText(String name) {
        return browser.driver().findElements(By.cssSelector("#cohorts li")).stream()
                .filter(li -> li.getText().contains(name)).findFirst().orElseThrow().getText();
    }

    public String seatsText(String name) {
        return browser.driver().findElements(By.cssSelector("#cohorts li")).stream()
                .filter(li -> li.getText().contains(name)).findFirst().orElseThrow()
                .findElement(By.className("seats")).getText();
    }
}
