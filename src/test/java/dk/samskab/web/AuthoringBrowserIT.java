package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.CoursePage;
import dk.samskab.web.pages.EditorPage;
import dk.samskab.web.pages.LessonPage;
import dk.samskab.web.pages.LoginPage;
import dk.samskab.web.pages.PlayerPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An instructor writes a course in the browser, previews and publishes it; a learner takes it;
 * the instructor republishes, and the learner keeps the version they enrolled in. Script in any
 * text field stays inert in the preview and for learners.
 */
class AuthoringBrowserIT extends BrowserTest {

    /** Any of these, if run, would set window.__xss. */
    private static final String XSS = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";

    private static void assertNoScriptRan() {
        Object ran = ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined;");
        assertEquals(Boolean.TRUE, ran, "an authored text ran as script at " + browser.currentPath());
    }

    /** The status of a course file fetched in the browser's session. */
    private static int fileStatus(String path) {
        return browser.fetch(path).statusCode();
    }

    /** A small PNG of 4 × 3 pixels, as an instructor would upload it. */
    private static Path image() {
        try {
            Path file = Files.createTempDirectory("lesson-image").resolve("Naboskab.png");
            ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All problems at once, in Danish, each named by its field as the author knows it. */
    private void assertProblemsAreListedInDanishWithLinksToTheirFields(String problems) {
        assertTrue(problems.contains("Det skal rettes, før kurset kan udgives"), problems);
        assertTrue(problems.contains("Kort beskrivelse: Den danske tekst mangler."), problems);
        assertTrue(problems.contains("Kort beskrivelse: Den engelske tekst mangler."), problems);
        assertTrue(problems.contains("Modul 1 › Lektion 1 › Lektionstekst: Den danske tekst mangler."), problems);
        assertTrue(problems.contains("Modul 1 › Quiz › Spørgsmål 1 › Tekst: Den danske tekst mangler."), problems);
        assertTrue(problems.contains("Læringsmål › Viden: Listen skal have mindst ét punkt."), problems);
        for (String developerText : List.of("missing", "modules[", "must be", "'knowledge'")) {
            assertFalse(problems.contains(developerText), "no developer message: " + developerText + " in " + problems);
        }
        int listed = browser.driver().findElements(By.cssSelector("#editForm\\:problems li")).size();
        assertTrue(problems.contains("Der er " + listed + " problemer"), listed + " problems, counted: " + problems);
        long linked = browser.driver().findElements(By.cssSelector("#editForm\\:problems li a")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.contains("#editForm:") || h.contains("-edit.xhtml?code=NAB-101")).count();
        assertEquals(listed, linked, "every problem of a new course links to the field to fix");
    }

    @Test
    void anInstructorWritesPublishesAndRepublishesACourseAndEnrolledLearnersKeepTheirVersion() {
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        EditorPage editor = EditorPage.createCourse(browser, "NAB-101", "Naboskab og samskabelse " + XSS, "Neighbourhood co-creation");
        assertProblemsAreListedInDanishWithLinksToTheirFields(editor.problems());
        browser.driver().findElement(By.linkText("Kort beskrivelse")).click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("#editForm:summaryDa"), browser.driver().getCurrentUrl());
        assertEquals(1, browser.driver().findElements(By.id("editForm:summaryDa")).size(), "the link leads to the field");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.linkText("Modul 1 › Lektion 1 › Lektionstekst")));
        new EditorPage(browser, "lessonForm");
        assertTrue(browser.currentPath().startsWith("/instructor/lesson-edit.xhtml"), "a lesson's problem leads to the lesson's editor");
        browser.visit("/instructor/edit.xhtml?code=NAB-101");
        editor = new EditorPage(browser, "editForm");

        editor = editor.check("hasFinal").check("audiences:0").check("sectors:3").check("themes:2").press("save");
        editor = editor.fillEmptyTexts("Kursustekst " + XSS).press("addModule");
        assertTrue(browser.driver().findElement(By.id("editForm:modules:1:moduleTitleDa")).isDisplayed(), "a second module");

        EditorPage withFile = editor.follow("editForm:modules:0:lessons:0:editLesson", "lessonForm");
        browser.driver().findElement(By.id("filesForm:upload")).sendKeys(image().toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("filesForm:uploadButton")));
        EditorPage lesson = new EditorPage(browser, "lessonForm");
        String snippet = browser.driver().findElement(By.cssSelector("#files code.snippet")).getText();
        assertTrue(snippet.endsWith("(/course-files/NAB-101/naboskab.png)"), snippet);
        lesson.type("bodyDa", "# Velkommen\n\nFørste udgave af lektionen. " + XSS + "\n\n" + snippet);
        // The live preview is replaced by each ajax update, so a read may meet the old element.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> lesson.textOf("lessonForm:previewDa").contains("Velkommen"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#lessonForm\\:previewDa h1")).size(),
                "the live preview renders the Markdown");
        assertNoScriptRan();
        lesson.type("bodyEn", "# Welcome\n\nFirst edition of the lesson.");
        // A lesson's minutes must match its text: a few words are a minute's reading.
        lesson.type("minutes", "20");
        assertTrue(lesson.press("save").textOf("lessonForm").contains("Lektionen står til 20 minutter, men det passer ikke med indholdet"),
                "the editor refuses minutes the text does not need, in the author's language");
        lesson.type("minutes", "1");
        EditorPage savedLesson = lesson.press("save");
        assertTrue(savedLesson.messages().contains("Gemt"), savedLesson.messages());

        browser.visit("/instructor/edit.xhtml?code=NAB-101");
        new EditorPage(browser, "editForm").follow("editForm:modules:1:lessons:0:editLesson", "lessonForm")
                .type("bodyDa", "Lektionen i andet modul.").type("bodyEn", "The lesson of the second module.")
                .type("minutes", "1").press("save");
        for (int module = 0; module < 2; module++) {
            browser.visit("/instructor/edit.xhtml?code=NAB-101");
            EditorPage quiz = new EditorPage(browser, "editForm").follow("editForm:modules:" + module + ":editQuiz", "quizForm");
            quiz.fillEmptyTexts("Quiztekst " + XSS).press("save");
        }
        browser.visit("/instructor/edit.xhtml?code=NAB-101");
        editor = new EditorPage(browser, "editForm").fillEmptyTexts("Modultekst " + XSS).press("save");
        assertEquals("", editor.problems(), "the course is complete");

        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("previewLink")));
        new AppPage(browser);
        assertTrue(browser.driver().findElement(By.id("courseTitle")).getText().contains("<img src=x"), "the title shows as text");
        assertNoScriptRan();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.linkText("Lektion 1")));
        assertEquals("Velkommen", browser.driver().findElements(By.cssSelector("article h1")).get(1).getText());
        assertNoScriptRan();

        browser.visit("/instructor/preview.xhtml?code=NAB-101&m=01-modul&quiz=true");
        browser.driver().findElement(By.cssSelector("input[type=radio][value='true']")).click();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("quizForm:submit")));
        assertTrue(new AppPage(browser).text().contains("Bestået med 100 % rigtige"), "the instructor takes the quiz in the preview");
        assertNoScriptRan();

        browser.visit("/instructor/edit.xhtml?code=NAB-101");
        editor = new EditorPage(browser, "editForm").type("note", "Første udgave").press("publish");
        assertTrue(editor.messages().contains("Version 1 er udgivet"), editor.messages());
        editor.logout();

        LoginPage.open(browser).loginAs("mette@demo.samskab.dk", DEMO_PASSWORD);
        PlayerPage player = CoursePage.open(browser, "NAB-101").startSelfPaced();
        assertNoScriptRan();
        player.openQuiz("01-modul");
        assertNoScriptRan();
        browser.visit("/learner/index.xhtml");
        browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#current li")).stream()
                .filter(li -> li.getText().contains("Naboskab")).findFirst().orElseThrow().findElement(By.tagName("a")));
        LessonPage first = new PlayerPage(browser).continueLearning();
        assertTrue(first.text().contains("Første udgave af lektionen."), first.text());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript(
                "const img = document.querySelector('article img'); return img !== null && img.complete && img.naturalWidth === 4;"),
                "the lesson shows the uploaded image");
        assertNoScriptRan();
        first.logout();

        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/edit.xhtml?code=NAB-101");
        EditorPage second = new EditorPage(browser, "editForm").follow("editForm:modules:0:lessons:0:editLesson", "lessonForm")
                .type("bodyDa", "# Velkommen\n\nAnden udgave af lektionen.")
                .type("bodyEn", "# Welcome\n\nSecond edition of the lesson.").press("save");
        browser.visit("/instructor/edit.xhtml?code=NAB-101");
        second = new EditorPage(browser, "editForm").type("note", "Ny lektionstekst").press("publish");
        assertTrue(second.messages().contains("Version 2 er udgivet"), second.messages());
        browser.visit("/instructor/history.xhtml?code=NAB-101&from=1&to=2");
        new AppPage(browser);
        assertTrue(browser.driver().findElement(By.id("changes")).getText().contains("Anden udgave af lektionen."));
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("mette@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/learner/index.xhtml");
        browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#current li")).stream()
                .filter(li -> li.getText().contains("Naboskab")).findFirst().orElseThrow().findElement(By.tagName("a")));
        assertTrue(new PlayerPage(browser).continueLearning().text().contains("Første udgave af lektionen."),
                "an enrolled learner keeps version 1");
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("ahmad@demo.samskab.dk", DEMO_PASSWORD);
        assertEquals(404, fileStatus("/course-files/NAB-101/naboskab.png"), "a learner not in the course cannot fetch its files");
        LessonPage fresh = CoursePage.open(browser, "NAB-101").startSelfPaced().continueLearning();
        assertEquals(200, fileStatus("/course-files/NAB-101/naboskab.png"), "once enrolled, the lesson's image loads");
        assertTrue(fresh.text().contains("Second edition of the lesson."), "a new learner gets version 2: " + fresh.text());
    }

    @Test
    void anInstructorRunsTheCohortsOfTheirCourseAndAnAdminAssignsOnlyInstructors() {
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/cohorts.xhtml?code=SAM-101");
        EditorPage cohorts = new EditorPage(browser, "cohortForm");
        cohorts.type("name", "Samskabelse i praksis – hold 2").type("capacity", "12");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('cohortForm:starts').value = '2027-02-01';"
                        + "document.getElementById('cohortForm:ends').value = '2027-01-01';");
        cohorts = cohorts.press("saveCohort");
        assertTrue(cohorts.messages().contains("kan ikke slutte før det starter"), cohorts.messages());
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('cohortForm:ends').value = '2027-04-30';");
        cohorts = cohorts.press("saveCohort");
        assertTrue(cohorts.messages().contains("Holdet er gemt"), cohorts.messages());
        String table = cohorts.textOf("cohortForm:cohorts");
        assertTrue(table.contains("Samskabelse i praksis – hold 2") && table.contains("0 / 12"), table);
        cohorts.press("cohorts:0:show");
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("Deltagere"));
        browser.visit("/instructor/cohorts.xhtml?code=NOPE-999");
        assertEquals("Siden findes ikke", new AppPage(browser).heading());
        browser.visit("/instructor/index.xhtml");
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/admin/instructors.xhtml");
        new AppPage(browser);
        browser.driver().findElement(By.id("assignForm:instructor")).sendKeys("jens@demo.samskab.dk");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("assignForm:assign")));
        assertTrue(new AppPage(browser).text().contains("har rollen underviser"), "a training manager is not an instructor");
        assertTrue(browser.driver().findElement(By.id("assignments")).getText().contains("Karen Holm"));
    }
}
