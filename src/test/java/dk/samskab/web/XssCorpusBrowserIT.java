package dk.samskab.web;

import dk.samskab.platform.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.EditorPage;
import dk.samskab.web.pages.LoginPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The XSS corpus (src/test/resources/security/xss-vectors.txt, every vector sets window.__xss
 * if it runs) goes through an instructor's course: titles, module and course texts, quiz texts
 * and a lesson's Markdown in both languages. On the editor, its live preview, the learner
 * preview and the quiz, no vector may run, and no element may carry a handler, link or frame
 * that would run one.
 */
class XssCorpusBrowserIT extends BrowserTest {

    static List<String> vectors() {
        try {
            return Files.readAllLines(Path.of("src/test/resources/security/xss-vectors.txt")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing ran, and nothing on the page is left that could run a vector later. */
    private static void assertNothingRuns() {
        Object found = ((JavascriptExecutor) browser.driver()).executeScript("""
                if (window.__xss !== undefined) { return 'ran'; }
                for (const frame of document.querySelectorAll('iframe, frame, object, embed')) { return 'frame: ' + frame.outerHTML; }
                for (const element of document.body.querySelectorAll('*')) {
                  for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    const risky = name.startsWith('on') || ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'style']
                        .includes(name);
                    if (risky && attribute.value.includes('__xss')) { return element.tagName + ' ' + name + '=' + attribute.value; }
                  }
                }
                return 'safe';
                """);
        assertEquals("safe", found, "at " + browser.currentPath());
    }

    private static void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    /** Every empty text field of the form gets the next short vector. */
    private static void fillWithVectors(String form, List<String> vectors, int[] next) {
        for (WebElement field : browser.driver().findElements(By.cssSelector("#" + form + " fieldset.bilingual input[type=text], #"
                + form + " fieldset.bilingual textarea, #" + form + " fieldset.text-list input[type=text]"))) {
            if (field.getAttribute("value").isEmpty()) {
                String vector;
                do {
                    vector = vectors.get(next[0]++ % vectors.size());
                } while (vector.length() > 150);
                setValue(field, vector);
            }
        }
    }

    @Test
    void noVectorRunsInAnAuthoredCourse() {
        List<String> vectors = vectors();
        assertTrue(vectors.size() >= 50, "the corpus has " + vectors.size() + " vectors");
        String code = "XSS-" + (100 + (int) (System.nanoTime() % 900));
        int[] next = {0};

        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        EditorPage editor = EditorPage.createCourse(browser, code, "Kursus " + vectors.get(0), "Course " + vectors.get(1));
        assertNothingRuns();
        fillWithVectors("editForm", vectors, next);
        editor = editor.press("save");
        assertTrue(editor.messages().contains("Gemt"), "the course's texts were saved: " + editor.messages());
        assertNothingRuns();

        EditorPage lessonForm = editor.follow("editForm:modules:0:lessons:0:editLesson", "lessonForm");
        String body = String.join("\n\n", vectors);
        setValue(browser.driver().findElement(By.id("lessonForm:bodyDa")), body);
        setValue(browser.driver().findElement(By.id("lessonForm:bodyEn")), body);
        // A key press, as the instructor typing, asks for the live preview.
        browser.driver().findElement(By.id("lessonForm:bodyDa")).sendKeys(" ");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !lessonForm.textOf("lessonForm:previewDa").isBlank());
        assertNothingRuns();
        EditorPage lesson = lessonForm.press("save");
        assertTrue(lesson.messages().contains("Gemt"), lesson.messages());
        assertNothingRuns();

        browser.visit("/instructor/edit.xhtml?code=" + code);
        EditorPage quiz = new EditorPage(browser, "editForm").follow("editForm:modules:0:editQuiz", "quizForm");
        fillWithVectors("quizForm", vectors, next);
        EditorPage savedQuiz = quiz.press("save");
        assertTrue(savedQuiz.messages().contains("Gemt"), "the quiz's texts were saved: " + savedQuiz.messages());
        assertNothingRuns();
        try (var c = dk.samskab.testsupport.TestAccounts.connect()) {
            assertTrue(dk.samskab.testsupport.TestAccounts.single(c, "SELECT COUNT(*) FROM course_draft d JOIN course k ON k.id = d.course_id"
                    + " WHERE k.code = ? AND d.content_json LIKE '%__xss%'", code) == 1, "the vectors are in the saved draft");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        browser.visit("/instructor/preview.xhtml?code=" + code);
        new AppPage(browser);
        assertNothingRuns();
        browser.visit("/instructor/preview.xhtml?code=" + code + "&m=01-modul&l=01-lektion");
        new AppPage(browser);
        assertTrue(browser.driver().findElement(By.tagName("article")).getText().contains("window.__xss"),
                "the vectors show as text in the lesson");
        assertNothingRuns();
        browser.visit("/instructor/preview.xhtml?code=" + code + "&m=01-modul&quiz=true");
        new AppPage(browser);
        assertNothingRuns();
        System.out.printf("XSS corpus: %d vectors through titles, course, module and quiz texts and a lesson in two languages%n",
                vectors.size());
    }

    /** A CSV field, quoted, so that commas and quotes in a vector stay inside it. */
    private static String field(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Test
    void noVectorRunsInImportedNamesOrInAReflection() throws Exception {
        List<String> names = vectors().stream().filter(v -> v.length() <= 200).toList();
        StringBuilder csv = new StringBuilder("name,email,organisation,role\n");
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < names.size(); i++) {
            csv.append(field(names.get(i))).append(",xss-").append(i).append('-').append(run)
                    .append("@example.dk,kommune-aarhus,professional\n");
        }
        Path file = Files.createTempDirectory("xss").resolve("navne.csv");
        Files.writeString(file, csv);

        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/manager/bulk.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("bulkForm:cohort")))
                .selectByVisibleText("Frivillige i Aarhus");
        browser.driver().findElement(By.id("bulkForm:file")).sendKeys(file.toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("bulkForm:upload")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("bulkForm:result")).getText().isBlank());
        String result = browser.driver().findElement(By.id("bulkForm:result")).getText();
        assertTrue(result.contains(names.size() + " nye"), result);
        assertNothingRuns();
        browser.visit("/manager/learners.xhtml?course=FRI-001");
        new AppPage(browser);
        assertTrue(browser.driver().findElement(By.id("learners")).getText().contains("window.__xss"), "the names show as text");
        assertNothingRuns();
        browser.visit("/manager/dashboard.xhtml");
        new AppPage(browser);
        assertNothingRuns();
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("birthe@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/learner/index.xhtml");
        browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#current li")).stream()
                .filter(li -> li.getText().contains("Frivillig i samarbejde")).findFirst().orElseThrow().findElement(By.tagName("a")));
        WebElement reflection = browser.driver().findElements(By.cssSelector("a[href*='/learner/task.xhtml']")).stream()
                .filter(a -> !a.getAttribute("href").contains("t=final")).findFirst().orElseThrow();
        String reflectionAddress = reflection.getAttribute("href").substring(browser.baseUrl().length());
        browser.clickAndAwaitNewPage(reflection);
        setValue(browser.driver().findElement(By.id("handInForm:text")), String.join("\n", vectors()));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("handInForm:submit")));
        new AppPage(browser);
        assertNothingRuns();
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/grading.xhtml");
        new AppPage(browser);
        assertNothingRuns();
        browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#queue tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Birthe Nielsen")).findFirst().orElseThrow().findElement(By.tagName("a")));
        new AppPage(browser);
        assertTrue(browser.visibleText().contains("window.__xss"), "the reflection shows as text");
        assertNothingRuns();

        // The instructor's feedback goes back to the learner.
        String feedback = String.join("\n", vectors());
        feedback = feedback.substring(0, Math.min(feedback.length(), 9_000));
        browser.driver().findElements(By.cssSelector("#gradeForm input[type=radio]")).get(0).click();
        setValue(browser.driver().findElement(By.id("gradeForm:feedback")), feedback);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("gradeForm:save")));
        assertTrue(browser.driver().findElement(By.id("gradedNotice")).isDisplayed(), "the feedback was saved");
        assertNothingRuns();
        String graded = browser.currentPath();
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("birthe@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit(reflectionAddress);
        new AppPage(browser);
        assertTrue(browser.visibleText().contains("window.__xss"), "the feedback shows as text to the learner");
        assertNothingRuns();
        System.out.printf("XSS corpus: %d vectors as imported names, %d in a reflection and in its feedback (%s)%n",
                names.size(), vectors().size(), graded);
    }

    @Test
    void noVectorRunsInCohortNamesOrRejectionReasons() throws Exception {
        List<String> shortOnes = vectors().stream().filter(v -> v.length() <= 190).limit(20).toList();
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        String cohortName = shortOnes.get(3);
        browser.visit("/instructor/cohorts.xhtml?code=EVA-202");
        setValue(browser.driver().findElement(By.id("cohortForm:name")), cohortName);
        setValue(browser.driver().findElement(By.id("cohortForm:starts")), Dates.today().minusDays(1).toString());
        setValue(browser.driver().findElement(By.id("cohortForm:ends")), Dates.today().plusMonths(2).toString());
        setValue(browser.driver().findElement(By.id("cohortForm:capacity")), "10");
        WebElement approval = browser.driver().findElement(By.id("cohortForm:approval"));
        if (!approval.isSelected()) {
            approval.click();
        }
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("cohortForm:saveCohort")));
        new AppPage(browser);
        assertTrue(browser.visibleText().contains(cohortName.substring(0, Math.min(20, cohortName.length()))),
                "the cohort was saved under its name");
        assertNothingRuns();
        new AppPage(browser).logout();

        String learner = dk.samskab.testsupport.TestAccounts.create("Afvist Ansøger", "LEARNER");
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        browser.visit("/course.xhtml?code=EVA-202");
        new AppPage(browser);
        assertNothingRuns();
        WebElement cohort = browser.driver().findElements(By.cssSelector("#cohorts li")).stream()
                .filter(li -> li.getText().contains(cohortName.substring(0, Math.min(20, cohortName.length())))).findFirst()
                .orElseThrow(() -> new AssertionError("the new cohort is listed on the course page"));
        browser.clickAndAwaitNewPage(cohort.findElement(By.cssSelector("input[type=submit]")));
        new AppPage(browser);
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/approvals.xhtml");
        WebElement request = browser.driver().findElements(By.cssSelector("#requests li")).stream()
                .filter(li -> li.getText().contains("Afvist Ansøger")).findFirst().orElseThrow();
        String reason = shortOnes.get(7);
        setValue(request.findElement(By.cssSelector("input[type=text]")), reason);
        browser.clickAndAwaitNewPage(request.findElement(By.cssSelector("input[id$=reject]")));
        new AppPage(browser);
        assertNothingRuns();
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        browser.visit("/learner/index.xhtml");
        new AppPage(browser);
        assertTrue(browser.visibleText().contains(reason.substring(0, Math.min(20, reason.length()))),
                "the learner reads the reason as text");
        assertNothingRuns();
        new AppPage(browser).logout();
    }
}
