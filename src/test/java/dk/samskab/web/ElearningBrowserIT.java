package dk.samskab.web;

import static dk.samskab.testsupport.ElearningCourse.GEOLOGY;
import static dk.samskab.testsupport.ElearningCourse.GEOLOGY_BASICS;
import static dk.samskab.testsupport.ElearningCourse.GOLF_12;
import static dk.samskab.testsupport.ElearningCourse.GOLF_2004;
import static dk.samskab.testsupport.ElearningCourse.MODULE_1;
import static dk.samskab.testsupport.ElearningCourse.MODULE_2;
import static dk.samskab.testsupport.ElearningCourse.SILENT_12;
import static dk.samskab.testsupport.ElearningCourse.SILENT_2004;
import static dk.samskab.testsupport.ElearningCourse.TIN_CAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.ElearningCourse;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.EditorPage;
import dk.samskab.web.pages.LoginPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real SCORM and cmi5 packages taken as a learner in the browser, SCORM through scorm-again on the
 * lesson page, cmi5 in the learner's own window with the built-in LRS:
 * an instructor uploads a course with package lessons and publishes it; learners go through the
 * packages; what the packages report arrives in Samskab's progress, and a learner who signs out
 * midway resumes where they left off.
 */
class ElearningBrowserIT extends BrowserTest {

    @BeforeAll
    static void anInstructorPublishesTheCourse() throws SQLException {
        ElearningCoursePublisher.publish(browser);
    }

    @Test
    void aScorm12PackageResumesAfterSigningOutAndItsPassArrivesInProgress() throws SQLException {
        String learner = TestAccounts.create("Gitte Golf", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        openLesson(enrolment, GOLF_12);
        assertTrue(browser.driver().findElements(By.id("lessonForm:markDone")).isEmpty(), "the package decides, not a button");
        assertEquals("Ikke startet", text("elearningItemState0"));
        takeGolfWithASignOutMidway(learner, enrolment, GOLF_12);
        openLesson(enrolment, GOLF_12);
        assertEquals("Bestået · 100 %", text("elearningItemState0"));
        assertTrue(text("elearningMessage").contains("Lektionen er gennemført"), text("elearningMessage"));
    }

    /**
     * From the open lesson: three pages of Golf, sign out and in, resume at the bookmark the SCO
     * stored (the sample asks first), on to the test and through it with every answer right.
     */
    private void takeGolfWithASignOutMidway(String learner, long enrolment, String lesson) {
        launchFirstItem();
        clickInPackage("butNext", 3);
        awaitContentPage("Playing/OtherScoring.html");
        browser.driver().switchTo().defaultContent();
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        openLesson(enrolment, lesson);
        assertEquals("I gang", text("elearningItemState0"), "the learner's data was kept at the server");
        browser.driver().findElement(By.id("elearningItem0")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.alertIsPresent()).accept();
        enterPackage();
        awaitContentPage("Playing/OtherScoring.html");
        clickInPackage("butNext", 11);
        awaitContentPage("assessmenttemplate.html");
        answerTheGolfTestCorrectly();
        browser.driver().switchTo().defaultContent();

        browser.visit("/learner/course.xhtml?e=" + enrolment);
        awaitDone(enrolment, MODULE_1 + "/" + lesson);
    }

    @Test
    void aScorm2004PackageResumesAfterSigningOutAndReportsCompletionSuccessAndScaledScore() throws SQLException {
        String learner = TestAccounts.create("Bo Birdie", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        volunteerAtRedCross(learner);
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        openLesson(enrolment, GOLF_2004);
        takeGolfWithASignOutMidway(learner, enrolment, GOLF_2004);
        openLesson(enrolment, GOLF_2004);
        assertEquals("Bestået · 100 %", text("elearningItemState0"));
        assertFalse(isDone(enrolment, MODULE_1 + "/" + GOLF_12), "only the lesson whose package reported counts");
        new AppPage(browser).logout();

        theManagerSeesThePass(enrolment, MODULE_1 + "/" + GOLF_2004, "Golf forklaret, SCORM 2004");
    }

    /** The Aarhus manager, whose scope holds Dansk Røde Kors, sees the result in the learner's drill-down. */
    private void theManagerSeesThePass(long enrolment, String lessonKey, String lessonTitle) {
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/manager/learner.xhtml?e=" + enrolment);
        String results = text("elearning");
        assertTrue(results.contains(lessonKey) && results.contains("Bestået") && results.contains("100 %"), results);
        assertTrue(text("lessons").contains(lessonTitle + ": gennemført"), text("lessons"));
        new AppPage(browser).logout();
    }

    @Test
    void scosThatNeverSpeakToTheRuntimeCountAsCompletedWhenTheLearnerLeavesThem() throws SQLException {
        String learner = TestAccounts.create("Svend Stilhed", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        for (String lesson : java.util.List.of(SILENT_12, SILENT_2004)) {
            openLesson(enrolment, lesson);
            assertEquals("Ikke startet", text("elearningItemState0"));
            browser.driver().findElement(By.id("elearningItem0")).click();
            WebDriver driver = browser.driver();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("elearningFrame"));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.tagName("h1")).getText().equals("Not implemented yet"));
            driver.switchTo().defaultContent();
            assertFalse(isDone(enrolment, MODULE_1 + "/" + lesson), "opening alone counts nothing");
            // Leaving for the course page ends the attempt; the manifest leaves completion to the LMS.
            browser.visit("/learner/course.xhtml?e=" + enrolment);
            awaitDone(enrolment, MODULE_1 + "/" + lesson);
            openLesson(enrolment, lesson);
            assertEquals("Gennemført", text("elearningItemState0"));
        }
    }

    @Test
    void threeScosInForcedSequentialOrderOpenOneAfterTheOtherAsEachIsDone() throws SQLException {
        String learner = TestAccounts.create("Trine Trin", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        openLesson(enrolment, ElearningCourse.STEPS);
        assertFalse(isDisabled("elearningItem0"), "the first step is open");
        assertTrue(isDisabled("elearningItem1") && isDisabled("elearningItem2"), "the later steps wait for the earlier");
        assertTrue(text("elearningItemState1").contains("åbner, når du har gennemført den forrige del"), text("elearningItemState1"));

        browser.driver().findElement(By.id("elearningItem0")).click();
        for (int step = 1; step <= 3; step++) {
            WebDriver driver = browser.driver();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("elearningFrame"));
            int expected = step;
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("heading")).getText().equals("Trin " + expected));
            assertEquals("entry=ab-initio", driver.findElement(By.id("entry")).getText(), "a first attempt starts from the beginning");
            driver.findElement(By.id("done")).click();
            driver.switchTo().defaultContent();
            if (step < 3) {
                // The step's "continue" request opens the next step, which its completion unlocked.
                int next = step;
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !isDisabled("elearningItem" + next)
                        && "step".equals(d.findElement(By.id("elearningItem" + next)).getAttribute("aria-current")));
                assertTrue(browser.driver().findElement(By.id("elearningPrevious")).getAttribute("hidden") != null,
                        "forward only: no way back");
            }
        }
        assertEquals("Bestået", text("elearningItemState2"));
        browser.visit("/learner/course.xhtml?e=" + enrolment);
        awaitDone(enrolment, MODULE_1 + "/" + ElearningCourse.STEPS);
    }

    @Test
    void samskabsOwnExerciseCountsOnlyWhenItsMasteryScoreIsReached() throws SQLException {
        String learner = TestAccounts.create("Tove Tavs", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        String lessonKey = ElearningCourse.MODULE_2 + "/" + ElearningCourse.TAVSHED;
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        browser.visit("/learner/lesson.xhtml?e=" + enrolment + "&m=" + ElearningCourse.MODULE_2 + "&l=" + ElearningCourse.TAVSHED);
        browser.driver().findElement(By.id("elearningItem0")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("elearningFrame"));

        pressInExercise("Start øvelsen");
        answerExercise(1, 0, 2, 1, 0, 1);
        awaitExerciseText("Du har ikke bestået");
        awaitAttempt(enrolment, lessonKey, "failed");
        assertFalse(isDone(enrolment, lessonKey), "4 of 6 is 67 %, below the package's mastery score of 80");

        pressInExercise("Prøv igen");
        if (!browser.driver().findElements(By.xpath("//button[normalize-space()='Start øvelsen']")).isEmpty()) {
            pressInExercise("Start øvelsen");
        }
        answerExercise(1, 0, 2, 1, 2, 0);
        awaitExerciseText("Du har bestået");
        browser.driver().switchTo().defaultContent();
        awaitDone(enrolment, lessonKey);
        browser.visit("/learner/lesson.xhtml?e=" + enrolment + "&m=" + ElearningCourse.MODULE_2 + "&l=" + ElearningCourse.TAVSHED);
        assertEquals("Bestået · 100 %", text("elearningItemState0"));
    }

    /** Chooses the given option in each of the six situations, as a learner clicks through them. */
    private void answerExercise(int... choices) {
        for (int situation = 0; situation < choices.length; situation++) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='option-" + choices[situation] + "']"))).click();
            pressInExercise("Svar");
            pressInExercise(situation == choices.length - 1 ? "Se dit resultat" : "Næste situation");
        }
    }

    private void pressInExercise(String label) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + label + "']"))).click();
    }

    private void awaitExerciseText(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("screen")).getText().contains(text));
    }

    private static void awaitAttempt(long enrolment, String lessonKey, String success) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            try (Connection c = TestAccounts.connect()) {
                return TestAccounts.single(c, "SELECT COUNT(*) FROM elearning_attempt WHERE enrolment_id = ? AND step_key = ?"
                        + " AND success_status = ?", enrolment, lessonKey, success) == 1;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private boolean isDisabled(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("disabled") != null;
    }

    @Test
    void aCmi5CourseOpensInTheLearnersWindowAndItsPassComesBackToTheLesson() throws SQLException {
        String learner = TestAccounts.create("Gunnar Geolog", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        browser.visit("/learner/lesson.xhtml?e=" + enrolment + "&m=" + MODULE_2 + "&l=" + GEOLOGY);
        new AppPage(browser);
        assertEquals("Ikke startet", text("elearningLaunchState0"));
        browser.assertAccessible();

        browser.driver().findElement(By.id("elearningLaunch0")).click();
        String registration = UUID.nameUUIDFromBytes(("samskab:enrolment:" + enrolment).getBytes(StandardCharsets.UTF_8)).toString();
        // The AU has fetched its token, read its launch data and said so with its initialized statement.
        WebDriver driver = browser.driver();
        awaitStatement(registration, "http://adlnet.gov/expapi/verbs/initialized");
        // To the quiz through the AU's own menu, once the AU has built it and listens to it.
        By fillIn = By.xpath("//button[contains(., 'Select correct answers')]");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            ((JavascriptExecutor) d).executeScript("const item = document.querySelector('.navmenuitem:last-child'); if (item) item.click();");
            return d.findElements(fillIn).stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed);
        });
        passTheAuQuizAndExit(enrolment, GEOLOGY);
        assertEquals("Bestået · 100 %", text("elearningLaunchState0"), "the AU sends the learner back to the lesson");
        assertTrue(text("elearningMessage").contains("Lektionen er gennemført"), text("elearningMessage"));
        awaitStatement(registration, "http://adlnet.gov/expapi/verbs/terminated");
        awaitStatement(registration, "https://w3id.org/xapi/adl/verbs/satisfied");
    }

    @Test
    void aCmi5CourseResumesAtItsBookmarkAfterSigningOutAndItsResultReachesTheManager() throws SQLException {
        String learner = TestAccounts.create("Grete Grundfjeld", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        volunteerAtRedCross(learner);
        String registration = UUID.nameUUIDFromBytes(("samskab:enrolment:" + enrolment).getBytes(StandardCharsets.UTF_8)).toString();
        long bookmarksBefore = bookmarksAt("3");
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        launchAu(enrolment, GEOLOGY_BASICS);
        awaitStatement(registration, "http://adlnet.gov/expapi/verbs/initialized");
        WebDriver driver = browser.driver();
        // Three sections in, where the AU keeps its bookmark in the LRS's State Resource; then out through its Exit.
        openAuPage(2, "Whole-Earth Structure");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> bookmarksAt("3") > bookmarksBefore);
        driver.findElement(By.cssSelector("#navigation .exit-button, header .exit-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> browser.currentPath().startsWith("/learner/lesson.xhtml"));
        new AppPage(browser);
        assertEquals("I gang", text("elearningLaunchState0"), "left midway: begun, not done");
        assertFalse(isDone(enrolment, MODULE_2 + "/" + GEOLOGY_BASICS));
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        launchAu(enrolment, GEOLOGY_BASICS);
        // The AU found its bookmark from the first session and offers to go on from there.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#bookmark-overlay .resume-button"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(".navmenuitem.current"))
                .getText().equals("Whole-Earth Structure"));
        openAuPage(7, "Quiz");
        passTheAuQuizAndExit(enrolment, GEOLOGY_BASICS);
        assertEquals("Bestået · 100 %", text("elearningLaunchState0"));
        new AppPage(browser).logout();

        theManagerSeesThePass(enrolment, MODULE_2 + "/" + GEOLOGY_BASICS, "Geologi, grundkursus i cmi5");
    }

    @Test
    void aTinCanCourseGetsItsLaunchParametersAndItsCompletedStatementFinishesTheLesson() throws SQLException {
        String learner = TestAccounts.create("Tine Tincan", "LEARNER");
        long enrolment = TestAccounts.enrol(learner, ElearningCourse.CODE);
        LoginPage.open(browser).loginAs(learner, DEMO_PASSWORD);
        launchAu(enrolment, TIN_CAN);
        WebDriver driver = browser.driver();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.tagName("h1")).getText().equals("Basic xAPI Course"));
        // What a Tin Can course's own script does with its launch parameters, run in the course's page.
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const launch = new URLSearchParams(location.search);
                fetch(launch.get('endpoint') + 'statements', {method: 'POST', headers: {
                    'Authorization': launch.get('auth'), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json'},
                  body: JSON.stringify({actor: JSON.parse(launch.get('actor')),
                    verb: {id: 'http://adlnet.gov/expapi/verbs/completed', display: {'en-US': 'completed'}},
                    object: {id: launch.get('activity_id'), objectType: 'Activity'},
                    context: {registration: launch.get('registration')}})})
                  .then(r => done(r.status + ' ' + launch.get('registration')), e => done('failed ' + e));""");
        String registration = UUID.nameUUIDFromBytes(("samskab:enrolment:" + enrolment).getBytes(StandardCharsets.UTF_8)).toString();
        assertEquals("200 " + registration, answer, "the course's statement is taken under the enrolment's registration");
        awaitDone(enrolment, MODULE_2 + "/" + TIN_CAN);
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> browser.currentPath().startsWith("/learner/lesson.xhtml"));
        driver.navigate().refresh();
        new AppPage(browser);
        assertEquals("Gennemført", text("elearningLaunchState0"));
        assertTrue(text("elearningMessage").contains("Lektionen er gennemført"), text("elearningMessage"));
    }

    /** On the AU's quiz: every answer right through its own helper, submitted; then out through the score panel's Exit. */
    private void passTheAuQuizAndExit(long enrolment, String lesson) {
        WebDriver driver = browser.driver();
        driver.findElement(By.xpath("//button[contains(., 'Select correct answers')]")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Submit Answers']")).click();
        awaitDone(enrolment, MODULE_2 + "/" + lesson);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#score-panel .exit-button"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> browser.currentPath().startsWith("/learner/lesson.xhtml"));
        new AppPage(browser);
    }

    private static void volunteerAtRedCross(String learner) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "INSERT INTO membership (person_id, organisation_id, role) SELECT p.id, o.id, 'VOLUNTEER'"
                    + " FROM person p, organisation o WHERE p.email = ? AND o.code = 'roede-kors'", learner);
        }
    }

    /** From the lesson page into the AU, which opens in the learner's own window. */
    private void launchAu(long enrolment, String lesson) {
        browser.visit("/learner/lesson.xhtml?e=" + enrolment + "&m=" + MODULE_2 + "&l=" + lesson);
        new AppPage(browser);
        browser.driver().findElement(By.id("elearningLaunch0")).click();
    }

    /** A section of the AU through its own menu, once the AU has built the menu and listens to it. */
    private void openAuPage(int index, String title) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            ((JavascriptExecutor) d).executeScript("const item = document.querySelector('.navmenuitem[data-pageidx=\"' + arguments[0]"
                    + " + '\"]'); if (item) item.click();", index);
            return d.findElements(By.cssSelector(".navmenuitem.current")).stream().anyMatch(e -> title.equals(e.getAttribute("textContent")));
        });
    }

    /** How many AU state documents hold a bookmark at this section (the new learner's adds one). */
    private static long bookmarksAt(String section) {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM xapi_document WHERE resource = 'STATE'"
                    + " AND document_id = 'suspendData' AND content LIKE ?", "%\"bookmark\":\"" + section + "\"%");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a statement of the registration with this verb (the AU's video sends an initialized of its own too). */
    private static void awaitStatement(String registration, String verb) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            try (Connection c = TestAccounts.connect()) {
                return TestAccounts.single(c, "SELECT COUNT(*) FROM xapi_statement WHERE registration = ? AND verb_id = ?",
                        registration, verb) > 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void anInstructorAddsAPackageToALessonAndBrokenOnesAreRefusedWithTheirProblems() throws Exception {
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        String editor = "/instructor/lesson-edit.xhtml?code=" + ElearningCourse.CODE + "&m=" + MODULE_1
                + "&l=01-hvorfor-samarbejder-kommunen-med-dig";
        browser.visit(editor);
        assertTrue(browser.driver().findElements(By.id("attachedPackage")).isEmpty(), "a text lesson has no package");

        uploadPackage(ElearningCourse.zip(ElearningCourse.folder("scorm12/MalformedXml_SCORM12")));
        assertTrue(text("packageForm:packageError").startsWith("Pakken kan ikke bruges."), text("packageForm:packageError"));
        assertTrue(text("packageProblems").contains("imsmanifest.xml"), text("packageProblems"));
        assertTrue(browser.driver().findElements(By.id("attachedPackage")).isEmpty(), "nothing was attached");

        uploadPackage(ElearningCourse.zip(ElearningCourse.folder("scorm12/MissingLaunchUrl_SCORM12")));
        assertTrue(text("packageProblems").contains("imsmanifest.xml"), text("packageProblems"));
        assertTrue(browser.driver().findElements(By.id("attachedPackage")).isEmpty(), "nothing was attached");

        uploadPackage(ElearningCourse.zip(ElearningCourse.folder("scorm2004/ContentPackagingSingleSCO_SCORM20042ndEdition")));
        assertTrue(text("attachedPackage").contains("SCORM 2004 2nd Edition"), text("attachedPackage"));
        assertTrue(browser.visibleText().contains("er føjet til lektionen"), browser.visibleText());
        browser.visit(editor);
        assertTrue(text("attachedPackage").contains("Golf"), "kept in the draft: " + text("attachedPackage"));

        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("packageForm:removePackage")));
        assertTrue(browser.driver().findElements(By.id("attachedPackage")).isEmpty(), "the lesson is a text lesson again");
    }

    private void uploadPackage(byte[] zip) throws IOException {
        Path file = Files.createTempFile("pakke", ".zip");
        Files.write(file, zip);
        browser.driver().findElement(By.id("packageForm:packageUpload")).sendKeys(file.toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("packageForm:uploadPackage")));
        browser.assertAccessible();
    }

    private void openLesson(long enrolment, String lesson) {
        browser.visit("/learner/lesson.xhtml?e=" + enrolment + "&m=" + MODULE_1 + "&l=" + lesson);
        new AppPage(browser);
    }

    private void launchFirstItem() {
        browser.driver().findElement(By.id("elearningItem0")).click();
        enterPackage();
    }

    /** Into the lesson's frame, once the SCO's launch page has found the run-time and started. */
    private void enterPackage() {
        WebDriver driver = browser.driver();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("elearningFrame"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("contentFrame")));
    }

    private void clickInPackage(String button, int times) {
        for (int i = 0; i < times; i++) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.id(button))).click();
        }
    }

    private void awaitContentPage(String page) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const w = document.getElementById('contentFrame').contentWindow;"
                                + " return w.location.pathname.endsWith(arguments[0]) && w.document.readyState === 'complete';", page));
            } catch (org.openqa.selenium.WebDriverException loading) {
                return false;
            }
        });
    }

    /** Ticks the right answer of every question of the Golf test and submits it, as a learner would. */
    private void answerTheGolfTestCorrectly() {
        WebDriver driver = browser.driver();
        driver.switchTo().frame("contentFrame");
        ((JavascriptExecutor) driver).executeScript("""
                for (const q of test.Questions) {
                  if (q.Type === QUESTION_TYPE_CHOICE) {
                    document.getElementById('question_' + q.Id + '_' + q.Answers.indexOf(q.CorrectAnswer)).click();
                  } else if (q.Type === QUESTION_TYPE_TF) {
                    document.getElementById('question_' + q.Id + '_' + (q.CorrectAnswer ? 'True' : 'False')).click();
                  } else {
                    document.getElementById('question_' + q.Id + '_Text').value = String(q.CorrectAnswer);
                  }
                }""");
        driver.findElement(By.cssSelector("input[value='Submit Answers']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("test")).getText().contains("Score: 100"));
        driver.switchTo().parentFrame();
    }

    /** Waits for the lesson's step on the course page to show as done (the last commit travels as the page unloads). */
    private void awaitDone(long enrolment, String lessonKey) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            try {
                return isDone(enrolment, lessonKey);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static boolean isDone(long enrolment, String lessonKey) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ? AND lesson_key = ?",
                    enrolment, lessonKey) == 1;
        }
    }
}
