package dk.samskab.web.pages;

import dk.samskab.testsupport.Browser;
import org.openqa.selenium.By;

/** The learner's overview of one enrolled course. */
public class PlayerPage extends AppPage {

    public PlayerPage(Browser browser) {
        super(browser);
        if (!browser.currentPath().startsWith("/learner/course.xhtml")) {
            throw new AssertionError("Expected the course overview but was at " + browser.currentPath());
        }
    }

    public long enrolmentId() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]e=(\\d+).*", "$1"));
    }

    public String progressText() {
        return browser.driver().findElement(By.id("progressText")).getText();
    }

    public LessonPage continueLearning() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("continue")));
        return new LessonPage(browser);
    }

    public QuizPage openQuiz(String moduleSlug) {
        browser.visit("/learner/quiz.xhtml?e=" + enrolmentId() + "&m=" + moduleSlug);
        return new QuizPage(browser);
    }

    public TaskPage openFinalAssignment() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("openFinal")));
        return new TaskPage(browser);
    }

    public TaskPage openReflection(String moduleSlug) {
        browser.visit("/learner/task.xhtml?e=" + enrolmentId() + "&t=" + moduleSlug);
        return new TaskPage(browser);
    }

    /** Rates oneself 1-5 on the four competence shifts, in their order, and saves. */
    public PlayerPage rateSelf(int... ratings) {
        var shifts = browser.driver().findElements(By.cssSelector("#selfForm fieldset"));
        for (int i = 0; i < ratings.length; i++) {
            shifts.get(i).findElement(By.cssSelector("input[value='" + ratings[i] + "']")).click();
        }
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("selfForm:saveSelf")));
        return new PlayerPage(browser);
    }

    public String selfAssessmentTable() {
        return browser.driver().findElement(By.id("selfTable")).getText();
    }

    public boolean completed() {
        return !browser.driver().findElements(By.id("completedNotice")).isEmpty();
    }

    public AppPage withdraw() {
        browser.clickConfirmAndAwaitNewPage(browser.driver().findElement(By.id("withdrawForm:withdraw")));
        return new AppPage(browser);
    }
}
