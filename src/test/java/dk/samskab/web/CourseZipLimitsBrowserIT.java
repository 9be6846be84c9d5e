package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.web.pages.LoginPage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A course zip with thousands of problems: the instructor gets the first ones and how many more
 * there are, on a page of ordinary size, instead of hundreds of kilobytes of messages.
 */
class CourseZipLimitsBrowserIT extends BrowserTest {

    private static final int MISSING_LESSONS = 5000;

    @Test
    void aZipWithThousandsOfProblemsShowsTheFirstAndCountsTheRest() throws IOException {
        Path zip = zipListingLessonsThatAreNotThere();
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/courses.xhtml");
        browser.driver().findElement(By.id("uploadForm:zip")).sendKeys(zip.toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("uploadForm:upload")));
        browser.assertAccessible();

        List<WebElement> shown = browser.driver().findElements(By.cssSelector("#zipProblems li"));
        assertEquals(51, shown.size(), "fifty problems and a line that counts the rest");
        String last = shown.get(50).getText();
        assertTrue(last.startsWith("… og ") && last.contains("problemer mere"), last);
        int more = Integer.parseInt(last.replaceAll("[^0-9]", ""));
        assertTrue(more >= MISSING_LESSONS - 50, "the count covers every missing lesson: " + last);
        int size = browser.driver().getPageSource().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size < 100_000, "the page stays small: " + size + " bytes");
    }

    /** The shipped FRI-001 course, whose first module lists thousands of lessons without their files. */
    private static Path zipListingLessonsThatAreNotThere() throws IOException {
        Path course = Path.of("course-content/frivillig-i-samarbejde-med-kommunen");
        Path zip = Files.createTempFile("mange-lektioner", ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
                var files = Files.walk(course)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = "fri-001/" + course.relativize(file).toString().replace('\\', '/');
                byte[] content = Files.readAllBytes(file);
                if (name.equals("fri-001/01-kommunen-og-dig/module.yaml")) {
                    StringBuilder lessons = new StringBuilder(new String(content, StandardCharsets.UTF_8));
                    String marker = "lessons:\n";
                    int at = lessons.indexOf(marker) + marker.length();
                    StringBuilder extra = new StringBuilder();
                    for (int i = 0; i < MISSING_LESSONS; i++) {
                        extra.append("  - file: ").append(String.format("%02d", 10 + i % 89)).append("-mangler-").append(i)
                                .append("\n    minutes: 10\n    required: true\n");
                    }
                    lessons.insert(at, extra);
                    content = lessons.toString().getBytes(StandardCharsets.UTF_8);
                }
                entries.putNextEntry(new ZipEntry(name));
                entries.write(content);
                entries.closeEntry();
            }
        }
        return zip;
    }
}
