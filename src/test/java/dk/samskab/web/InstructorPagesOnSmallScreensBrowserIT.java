package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.web.pages.LoginPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The instructor's pages on a 320 px and a 390 px phone: the course list, the course, lesson and
 * quiz editors, cohorts, history, preview, documents, grading and approvals. Nothing may scroll
 * sideways but a table's own region (WCAG 1.4.10).
 */
class InstructorPagesOnSmallScreensBrowserIT {

    private static final String INSTRUCTOR = "karen@demo.samskab.dk";
    private static final String PASSWORD = "samskab-demo-2026";

    /** Visits one address of each instructor page, found by following the links an instructor sees; returns what it visited. */
    private static List<String> crawl(Browser browser, List<String> wide) {
        Map<String, String> byPage = new LinkedHashMap<>();
        List<String> toVisit = new ArrayList<>(List.of("/instructor/index.xhtml", "/instructor/courses.xhtml"));
        for (int depth = 0; depth < 3 && !toVisit.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String address : toVisit) {
                String page = address.replaceAll("[?#].*", "");
                if (byPage.containsKey(page)) {
                    continue;
                }
                byPage.put(page, address);
                browser.visit(address);
                measure(browser, address, wide);
                for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href*='/instructor/'][href*='.xhtml']"))) {
                    next.add(link.getAttribute("href").substring(browser.baseUrl().length()).replaceAll("#.*", ""));
                }
            }
            toVisit = next;
        }
        return new ArrayList<>(byPage.values());
    }

    /** Notes the page if it is wider than the window, with what sticks out. */
    private static void measure(Browser browser, String page, List<String> wide) {
        long width = ((Number) script(browser, "return window.innerWidth;")).longValue();
        long scrollWidth = ((Number) script(browser, "return document.documentElement.scrollWidth;")).longValue();
        if (scrollWidth > width) {
            wide.add(page + " is " + scrollWidth + " px wide at " + width + " px: " + script(browser,
                    "return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
                    + ".slice(-5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');"));
        }
    }

    private static Object script(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    @Test
    void noInstructorPageScrollsSidewaysAt320Or390Pixels() {
        try (Browser phone = new Browser(TestApplication.baseUrl(), new Dimension(320, 800))) {
            LoginPage.open(phone).loginAs(INSTRUCTOR, PASSWORD);
            assertEquals(320L, ((Number) script(phone, "return window.innerWidth;")).longValue(), "the window is a phone's width");
            List<String> wide = new ArrayList<>();
            List<String> pages = crawl(phone, wide);
            List<String> kinds = pages.stream().map(p -> p.replaceAll("[?#].*", "")).toList();
            assertTrue(kinds.containsAll(List.of("/instructor/edit.xhtml", "/instructor/lesson-edit.xhtml",
                    "/instructor/quiz-edit.xhtml", "/instructor/cohorts.xhtml", "/instructor/grading.xhtml")), kinds.toString());
            ((ChromeDriver) phone.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            for (String page : pages) {
                phone.visit(page);
                assertEquals(390L, ((Number) script(phone, "return window.innerWidth;")).longValue(), "the phone's width");
                measure(phone, page, wide);
            }
            assertTrue(wide.isEmpty(), String.join("\n", wide));
        }
    }
}
