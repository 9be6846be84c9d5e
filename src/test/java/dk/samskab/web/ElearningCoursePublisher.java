package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.ElearningCourse;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.web.pages.EditorPage;
import dk.samskab.web.pages.LoginPage;
import java.sql.Connection;
import java.sql.SQLException;
import org.openqa.selenium.By;

/** Publishes the e-learning tests' course the way an instructor does, once for the whole test run. */
final class ElearningCoursePublisher {

    private ElearningCoursePublisher() {
    }

    static synchronized void publish(Browser browser) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            if (TestAccounts.single(c, "SELECT COUNT(*) FROM course_version v JOIN course c ON c.id = v.course_id WHERE c.code = ?",
                    ElearningCourse.CODE) > 0) {
                return;
            }
        }
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", BrowserTest.DEMO_PASSWORD);
        browser.visit("/instructor/courses.xhtml");
        browser.driver().findElement(By.id("uploadForm:zip")).sendKeys(ElearningCourse.zipFile().toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("uploadForm:upload")));
        browser.visit("/instructor/edit.xhtml?code=" + ElearningCourse.CODE);
        EditorPage editor = new EditorPage(browser, "editForm").type("note", "Med e-læringspakker").press("publish");
        assertTrue(editor.messages().contains("Version 1 er udgivet"), editor.messages());
        editor.logout();
    }
}
