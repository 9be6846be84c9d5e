package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.web.pages.LoginPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrators' pages on a 320 px and a 390 px phone and by keyboard: nothing scrolls
 * sideways but a table's own region, and that region can be reached and scrolled with the keys
 * (WCAG 2.1.1 and 1.4.10; axe's scrollable-region-focusable).
 */
class AdminPagesOnSmallScreensBrowserIT {

    private static final String ADMIN = "admin@demo.samskab.dk";
    private static final String PASSWORD = "samskab-demo-2026";

    /** The administrators' start page and every administration page it links to. */
    private static List<String> adminPages(Browser browser) {
        browser.visit("/admin/index.xhtml");
        List<String> pages = new ArrayList<>(List.of("/admin/index.xhtml"));
        for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href*='/admin/']"))) {
            String path = link.getAttribute("href").substring(browser.baseUrl().length()).replaceAll("[?#].*", "");
            if (!pages.contains(path)) {
                pages.add(path);
            }
        }
        return pages;
    }

    private static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 390})
    void noAdministrationPageScrollsSidewaysOnAPhone(int width) {
        try (Browser phone = new Browser(TestApplication.baseUrl(), new Dimension(width, 800))) {
            LoginPage.open(phone).loginAs(ADMIN, PASSWORD);
            assertEquals(width, ((Number) script(phone, "return window.innerWidth;")).intValue(), "the window is a phone's width");
            List<String> pages = adminPages(phone);
            assertTrue(pages.containsAll(List.of("/admin/audit.xhtml", "/admin/scopes.xhtml", "/admin/instructors.xhtml")), pages.toString());
            for (String page : pages) {
                phone.visit(page);
                long scrollWidth = ((Number) script(phone, "return document.documentElement.scrollWidth;")).longValue();
                // For the message: what sticks out, or whose text runs out of its box (a table's own region aside).
                Object widest = script(phone, "return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5"
                        + " || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'))"
                        + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
                assertTrue(scrollWidth <= width, page + " scrolls sideways at " + width + " px (" + scrollWidth
                        + " px wide): " + widest);
            }
        }
    }

    /** The element that scrolls the audit table: the table's own container. */
    private static WebElement auditTableRegion(Browser browser) {
        return browser.driver().findElement(By.xpath("//table[@id='events']/.."));
    }

    @Test
    void theAuditTableIsALabelledRegionThatTheKeyboardCanScrollOnAPhone() {
        try (Browser phone = new Browser(TestApplication.baseUrl(), new Dimension(320, 800))) {
            LoginPage.open(phone).loginAs(ADMIN, PASSWORD);
            phone.visit("/admin/audit.xhtml");
            WebElement region = auditTableRegion(phone);
            assertTrue(((Number) script(phone, "return arguments[0].scrollWidth - arguments[0].clientWidth;", region)).intValue() > 0,
                    "at 320 px the table is wider than its region, so the region must scroll");

            // A keyboard user tabs from the top of the page until the region has focus.
            script(phone, "document.activeElement.blur(); window.scrollTo(0, 0);");
            boolean reached = false;
            for (int tab = 0; tab < 40 && !reached; tab++) {
                new Actions(phone.driver()).sendKeys(Keys.TAB).perform();
                reached = Boolean.TRUE.equals(script(phone, "return document.activeElement === arguments[0];", region));
            }
            assertTrue(reached, "the audit table's region is in the tab order");
            String outline = (String) script(phone, "const s = getComputedStyle(document.activeElement);"
                    + " return s.outlineStyle + ' ' + parseFloat(s.outlineWidth);");
            assertFalse(outline.startsWith("none"), "the focused region shows its focus: " + outline);
            assertTrue(Double.parseDouble(outline.split(" ")[1]) >= 2, "a focus outline of at least 2 px: " + outline);

            for (int key = 0; key < 5; key++) {
                new Actions(phone.driver()).sendKeys(Keys.ARROW_RIGHT).perform();
            }
            // The browser may scroll smoothly: the region's position is read once the scrolling has had time to start.
            boolean scrolled = new WebDriverWait(phone.driver(), Duration.ofSeconds(3)).until(d -> ((Number) script(phone,
                    "return arguments[0].scrollLeft;", region)).longValue() > 0);
            assertTrue(scrolled, "the arrow keys scroll the table sideways");
            assertEquals(0L, ((Number) script(phone, "return window.scrollX;")).longValue(), "the page itself stays put");
        }
        try (Browser desktop = new Browser(TestApplication.baseUrl())) {
            LoginPage.open(desktop).loginAs(ADMIN, PASSWORD);
            desktop.visit("/admin/audit.xhtml");
            WebElement region = auditTableRegion(desktop);
            assertEquals("region", region.getAriaRole(), "a landmark a screen reader can name");
            assertEquals(desktop.driver().findElement(By.tagName("h1")).getText(), region.getAccessibleName());
            assertTrue(region.findElements(By.cssSelector("#events tbody tr")).size() > 0, "the log has lines to show");
        }
    }
}
