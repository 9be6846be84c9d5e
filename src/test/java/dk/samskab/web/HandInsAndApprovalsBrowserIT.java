package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestMail;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.CoursePage;
import dk.samskab.web.pages.LoginPage;
import dk.samskab.web.pages.PlayerPage;
import dk.samskab.web.pages.TaskPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Reflection tasks with files, graded by the course's instructor; enrolment requests decided by a training manager. */
class HandInsAndApprovalsBrowserIT extends BrowserTest {

    private static final String REFLECTION = "01-fra-service-til-samskabelse";

    private static Path file(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("hand-in").resolve(name);
        Files.write(file, content);
        return file;
    }

    /** The status of a download in the browser's session, with all its cookies, as the browser would send them. */
    private static int statusOf(String path) throws Exception {
        return browser.fetch(path).statusCode();
    }

    private static WebElement rowWith(String selector, String text) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().filter(e -> e.getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("No " + selector + " with " + text));
    }

    @Test
    void aReflectionWithAFileIsCheckedHandedInAndApprovedWithFeedbackByTheInstructor() throws Exception {
        LoginPage.open(browser).loginAs("lone@demo.samskab.dk", DEMO_PASSWORD);
        CoursePage.open(browser, "SAM-101").joinCohort("Samskabelse i praksis – hold 1");
        TaskPage task = new PlayerPage(browser).openReflection(REFLECTION);

        task = task.handIn();
        assertTrue(task.text().contains("Skriv din besvarelse eller vedhæft en fil"), task.text());
        task = task.attach(file("refleksion.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3})).handIn();
        assertTrue(task.fileError().contains("Filtypen kan ikke afleveres"), task.fileError());
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        task = task.attach(file("stor.pdf", tooLarge)).handIn();
        assertTrue(task.fileError().contains("Filen er for stor"), task.fileError());

        task = task.write("Vi har gået fra at levere til at invitere: besøgsvennerne planlægger nu selv.")
                .attach(file("noter.txt", "Noter fra teammødet om besøgsvenner.".getBytes(StandardCharsets.UTF_8))).handIn();
        assertTrue(task.status().contains("venter på bedømmelse"), task.status());
        String ownFile = browser.driver().findElement(By.id("handedInFile")).getAttribute("href").substring(browser.baseUrl().length());
        assertEquals(200, statusOf(ownFile));
        PlayerPage course = task.backToCourse();
        assertTrue(course.text().contains("✓ afleveret"), "the course page shows the hand-in");
        course.logout();

        LoginPage.open(browser).loginAs("mette@demo.samskab.dk", DEMO_PASSWORD);
        assertEquals(404, statusOf(ownFile), "another learner cannot fetch the file");
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/grading.xhtml");
        new Select(browser.driver().findElement(By.id("c"))).selectByValue("SAM-101");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#courseFilter button")));
        new AppPage(browser);
        assertTrue(browser.driver().findElements(By.cssSelector("#queue tbody tr")).stream()
                .allMatch(tr -> tr.getText().contains("SAM-101")), "the filter shows one course only");
        browser.clickAndAwaitNewPage(rowWith("#queue tbody tr", "Lone Sørensen").findElement(By.tagName("a")));
        new AppPage(browser);
        assertTrue(text("taskName").contains("Refleksionsopgave: Fra service til samskabelse"), text("taskName"));
        assertEquals(200, statusOf(browser.driver().findElement(By.id("handInFile")).getAttribute("href")
                .substring(browser.baseUrl().length())));
        browser.driver().findElement(By.cssSelector("input[value='passed']")).click();
        browser.driver().findElement(By.id("gradeForm:feedback")).sendKeys("God refleksion over jeres rolleskift.");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("gradeForm:save")));
        assertTrue(browser.driver().findElement(By.id("gradedNotice")).isDisplayed());
        new AppPage(browser).logout();

        LoginPage.open(browser).loginAs("lone@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/learner/index.xhtml");
        browser.clickAndAwaitNewPage(rowWith("#current li", "Samskabelse i praksis").findElement(By.tagName("a")));
        task = new PlayerPage(browser).openReflection(REFLECTION);
        assertTrue(task.status().contains("bestået"), task.status());
        assertEquals("God refleksion over jeres rolleskift.", task.feedback());
        assertFalse(task.backToCourse().completed(), "a reflection does not complete the course");
    }

    @Test
    void aTrainingManagerDecidesRequestsFromTheirOwnOrganisationOnly() throws Exception {
        String cohort = "Evaluering – Aarhus, efter godkendelse";
        LoginPage.open(browser).loginAs("mette@demo.samskab.dk", DEMO_PASSWORD);
        CoursePage.open(browser, "EVA-202").joinCohort(cohort).logout();
        LoginPage.open(browser).loginAs("ahmad@demo.samskab.dk", DEMO_PASSWORD);
        CoursePage.open(browser, "EVA-202").joinCohort(cohort).logout();

        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("approvalsLink")));
        String requests = text("requests");
        assertTrue(requests.contains("Mette Jensen"), requests);
        assertFalse(requests.contains("Ahmad Karimi"), "a volunteer outside Aarhus is not the Aarhus manager's to decide");
        WebElement mette = rowWith("#requests li", "Mette Jensen");
        mette.findElement(By.cssSelector("input[type=text]")).sendKeys("Holdet er i denne omgang for ældreområdet.");
        browser.clickAndAwaitNewPage(mette.findElement(By.cssSelector("input[value='Afvis']")));
        assertTrue(browser.driver().findElement(By.id("decidedNotice")).isDisplayed());
        assertTrue(browser.currentPath().startsWith("/manager/approvals.xhtml"), browser.currentPath());
        new AppPage(browser).logout();

        TestMail.Mail mail = TestMail.await("mette@demo.samskab.dk", "Din tilmelding er ikke godkendt");
        assertTrue(mail.body().contains("Begrundelse: Holdet er i denne omgang for ældreområdet."), mail.body());

        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/approvals.xhtml");
        assertTrue(text("requests").contains("Ahmad Karimi"), "the course's instructor decides the other requests");
        assertFalse(text("requests").contains("Mette Jensen"), "a decided request leaves the queue");
    }
}
