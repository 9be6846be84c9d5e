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

    /** Follows "continue", which opens the next step to do: a lesson, a quiz or a task. */
    public LessonPage continueLearning() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("continue")));
        return new LessonPage(browser);
    }

    public boolean canContinue() {
        return !browser.driver().findElements(By.id("continue")).isEmpty();
    }

    public String continueLabel() {
        return browser.driver().findElement(By.id("continue")).getText();
    }

    /** The sentence saying what is still required for completion. */
    public String remainingSummary() {
        return browser.driver().findElement(By.id("remainingSummary")).getText();
    }

    /** What is left, one line per step: kind, title and time. */
    public java.util.List<String> remainingSteps() {
        return browser.driver().findElements(By.cssSelector("#remainingSteps li")).stream().map(e -> e.getText()).toList();
    }

    public String ectsRequirement() {
        return browser.driver().findElement(By.id("ectsRequirement")).getText();
    }

    /** The notice shown before the cohort starts, or null. */
    public String notStarted() {
        return browser.driver().findElements(By.id("notStarted")).stream().map(e -> e.getText()).findFirst().orElse(null);
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

    /** Asks to leave the course; the page then asks for confirmation. */
    public PlayerPage askToWithdraw() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("withdraw")));
        return new PlayerPage(browser);
    }

    /** Leaves the course: asks, confirms, and lands on My learning. */
    public AppPage withdraw() {
        askToWithdraw();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("withdrawForm:confirmWithdraw")));
        return new AppPage(browser);
    }
}
