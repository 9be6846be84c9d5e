package dk.samskab.web.pages;

import dk.samskab.catalogue.QuizDefinition;
import dk.samskab.testsupport.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A module quiz, answered through its form controls as a learner would. */
public class QuizPage extends AppPage {

    public QuizPage(Browser browser) {
        super(browser);
    }

    private WebElement question(String id) {
        return browser.driver().findElement(By.id("question-" + id));
    }

    /** Answers the first wrongAnswers questions wrongly and the rest correctly. */
    public QuizPage answer(QuizDefinition quiz, int wrongAnswers) {
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuizDefinition.Question q = quiz.questions().get(i);
            boolean wrong = i < wrongAnswers;
            WebElement fieldset = question(q.id());
            switch (q.type()) {
                case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> q.options().stream()
                        .filter(o -> o.correct() != wrong)
                        .limit(q.type() == dk.samskab.catalogue.QuestionType.MULTIPLE_CHOICE && !wrong ? Long.MAX_VALUE : 1)
                        .forEach(o -> fieldset.findElement(By.cssSelector("input[value='" + o.id() + "']")).click());
                case ORDERING -> {
                    List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                    for (int p = 0; p < selects.size(); p++) {
                        int item = wrong ? selects.size() - 1 - p : p;
                        new Select(selects.get(p)).selectByValue(q.items().get(item).id());
                    }
                }
                case MATCHING -> {
                    List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                    for (int p = 0; p < selects.size(); p++) {
                        int pair = wrong ? (p + 1) % selects.size() : p;
                        new Select(selects.get(p)).selectByValue(q.pairs().get(pair).id());
                    }
                }
            }
        }
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("quizForm:submit")));
        return new QuizPage(browser);
    }

    public String result() {
        return browser.driver().findElement(By.id("quizResult")).getText();
    }

    public String feedback(String questionId) {
        return browser.driver().findElement(By.id("feedback-" + questionId)).getText();
    }

    /** Follows "go on" after a passed quiz to the next step. */
    public LessonPage goOn() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("goOn")));
        return new LessonPage(browser);
    }

    public PlayerPage backToCourse() {
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("backToCourse")));
        return new PlayerPage(browser);
    }
}
