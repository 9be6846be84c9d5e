package dk.samskab.web.pages;

import dk.samskab.testsupport.Browser;
import org.openqa.selenium.By;

/** One lesson in the player. */
public class LessonPage extends AppPage {

    public LessonPage(Browser browser) {
        super(browser);
    }

    public boolean isLesson() {
        return browser.currentPath().startsWith("/learner/lesson.xhtml");
    }

    public String title() {
        return browser.driver().findElement(By.id("lessonTitle")).getText();
    }

    public String body() {
        if (browser.driver().findElements(By.cssSelector("article.lesson")).isEmpty()) {
            throw new AssertionError("No lesson at " + browser.currentPath() + ":\n" + browser.driver().getPageSource().replaceAll("(?s).*<title>", "<title>").replaceAll("(?s)</main>.*", ""));
        }
        return browser.driver().findElement(By.cssSelector("article.lesson")).getText();
    }

    public boolean isQuiz() {
        return browser.currentPath().startsWith("/learner/quiz.xhtml");
    }

    public boolean isTask() {
        return browser.currentPath().startsWith("/learner/task.xhtml");
    }

    /** Marks the lesson done; lands on the next step: a lesson, the module's quiz, a task or the course overview. */
    public LessonPage markDone() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("lessonForm:markDone")));
        return new LessonPage(browser);
    }
}
