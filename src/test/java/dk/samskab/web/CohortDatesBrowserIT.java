package dk.samskab.web;

import dk.samskab.platform.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.content.CourseFolderReader;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.CoursePage;
import dk.samskab.web.pages.LessonPage;
import dk.samskab.web.pages.LoginPage;
import dk.samskab.web.pages.PlayerPage;
import dk.samskab.web.pages.TaskPage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A cohort's dates as its learners meet them: before the start the course page gives the start
 * date and nothing opens, also not by a direct address; the end date is the hand-in deadline.
 * The calendar is moved in the database, as the days would pass.
 */
class CohortDatesBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    private static LocalDate today() {
        return Dates.today();
    }

    private static CourseDefinition course(String folder) {
        Path root = Path.of("course-content");
        return new CourseFolderReader(root, code -> Optional.of(new BigDecimal("27.5"))).read(root.resolve(folder)).course();
    }

    /** A cohort of the course's newest version, as an instructor would have set it up; returns its id. */
    private static long cohort(String code, String name, LocalDate startsOn, LocalDate endsOn) throws Exception {
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "INSERT INTO cohort (course_version_id, name, starts_on, ends_on) SELECT MAX(v.id), ?, ?, ?"
                    + " FROM course_version v JOIN course k ON k.id = v.course_id WHERE k.code = ?", name, startsOn, endsOn, code);
            return TestAccounts.single(c, "SELECT id FROM cohort WHERE name = ?", name);
        }
    }

    /** The days pass: the cohort now runs between other dates. */
    private static void moveCohort(long cohortId, LocalDate startsOn, LocalDate endsOn) throws Exception {
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "UPDATE cohort SET starts_on = ?, ends_on = ? WHERE id = ?", startsOn, endsOn, cohortId);
        }
    }

    private static int statusOf(String path) throws Exception {
        return browser.fetch(path).statusCode();
    }

    @Test
    void beforeItsCohortStartsTheLearnerSeesTheStartDateAndNoLessonQuizOrTaskOpens() throws Exception {
        CourseDefinition course = course("ledelse-af-tvaersektorielle-partnerskaber");
        LocalDate start = today().plusWeeks(3);
        LocalDate end = start.plusWeeks(12);
        String name = "Ledelse af partnerskaber – senere hold " + System.nanoTime();
        long cohortId = cohort("LED-201", name, start, end);
        LoginPage.open(browser).loginAs(TestAccounts.create("Sofie Senere", "LEARNER"), DEMO_PASSWORD);

        CoursePage page = CoursePage.open(browser, "LED-201");
        assertTrue(page.cohortText(name).contains(DANISH_DATE.format(start) + " – " + DANISH_DATE.format(end)),
                "the cohort's dates written out: " + page.cohortText(name));
        page.joinCohort(name);
        PlayerPage player = new PlayerPage(browser);
        assertEquals("Holdet starter " + DANISH_DATE.format(start) + ". Fra den dag kan du åbne lektioner, quizzer og opgaver.",
                player.notStarted());
        assertFalse(player.canContinue(), "nothing to continue with before the start");
        assertTrue(browser.driver().findElements(By.cssSelector("#modules a, #remainingSteps a, #openFinal")).isEmpty(),
                "no lesson, quiz or task can be opened from the course page");
        assertTrue(player.remainingSummary().contains("den afsluttende opgave, bedømt til 02 eller derover"),
                "what the course will require is said from the start: " + player.remainingSummary());

        long enrolment = player.enrolmentId();
        browser.visit("/learner/index.xhtml");
        assertTrue(text("current").contains("Holdet starter " + DANISH_DATE.format(start) + "."), "My learning says when: " + text("current"));
        ModuleDefinition first = course.modules().get(0);
        for (String address : List.of("/learner/lesson.xhtml?e=" + enrolment + "&m=" + first.slug() + "&l=" + first.lessons().get(0).slug(),
                "/learner/quiz.xhtml?e=" + enrolment + "&m=" + first.slug(),
                "/learner/task.xhtml?e=" + enrolment + "&t=" + first.slug(),
                "/learner/task.xhtml?e=" + enrolment + "&t=final")) {
            assertEquals(200, statusOf(address), "a clear answer, not an error page: " + address);
            browser.visit(address);
            assertEquals("Holdet er ikke startet endnu", new AppPage(browser).heading(), address);
            assertTrue(text("notStarted").contains(DANISH_DATE.format(start)), address);
            assertTrue(browser.driver().findElements(By.cssSelector("article.lesson, #lessonForm, #quizForm, #handInForm")).isEmpty(),
                    "neither the lesson, the quiz nor the hand-in form: " + address);
        }

        moveCohort(cohortId, today(), end);
        browser.visit("/learner/course.xhtml?e=" + enrolment);
        PlayerPage started = new PlayerPage(browser);
        assertNull(started.notStarted());
        LessonPage lesson = started.continueLearning();
        assertEquals(first.lessons().get(0).title().da(), lesson.title(), "on the start date the first lesson opens");
    }

    @Test
    void afterTheHandInDeadlineAHandInIsRefusedWithAClearMessageAndTheLessonsStayOpen() throws Exception {
        CourseDefinition course = course("samskabelse-i-praksis");
        ModuleDefinition first = course.modules().get(0);
        LocalDate start = today().minusWeeks(9);
        LocalDate end = today().plusWeeks(1);
        String name = "Samskabelse i praksis – hold med frist " + System.nanoTime();
        long cohortId = cohort("SAM-101", name, start, end);
        LoginPage.open(browser).loginAs(TestAccounts.create("Frederik Frist", "LEARNER"), DEMO_PASSWORD);
        CoursePage.open(browser, "SAM-101").joinCohort(name);
        PlayerPage player = new PlayerPage(browser);
        assertEquals("Afleveringsfrist: " + DANISH_DATE.format(end) + ".", text("handInDeadline"));
        long enrolment = player.enrolmentId();

        String reflection = "Vores besøgsvenner planlægger nu selv ruterne sammen med hjemmeplejen.";
        TaskPage task = player.openReflection(first.slug()).write(reflection);
        LocalDate yesterday = today().minusDays(1);
        moveCohort(cohortId, start, yesterday);
        task = task.handIn();
        assertTrue(task.messages().startsWith("Afleveringsfristen er overskredet, så din besvarelse er ikke modtaget."),
                task.messages());
        assertEquals(reflection, browser.driver().findElement(By.id("handInForm:text")).getAttribute("value"),
                "the learner keeps what they wrote");
        try (Connection c = TestAccounts.connect()) {
            assertEquals(0, TestAccounts.single(c, "SELECT COUNT(*) FROM submission WHERE enrolment_id = ?", enrolment));
        }

        browser.visit("/learner/task.xhtml?e=" + enrolment + "&t=" + first.slug());
        new TaskPage(browser);
        assertEquals("Afleveringsfristen var " + DANISH_DATE.format(yesterday)
                + ", så du kan ikke aflevere længere. Kontakt underviseren, hvis du har brug for mere tid.", text("handInDeadline"));
        assertTrue(browser.driver().findElements(By.id("handInForm")).isEmpty(), "no form to hand in with after the deadline");

        browser.visit("/learner/lesson.xhtml?e=" + enrolment + "&m=" + first.slug() + "&l=" + first.lessons().get(0).slug());
        assertEquals(first.lessons().get(0).title().da(), new LessonPage(browser).title(), "the lessons stay open for reading");
    }
}
