package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Aarhus manager's dashboard as a screen-reader user, a reader of its charts and a phone
 * user meet it: every number that leads on says what it counts, charts of counts step in whole
 * numbers, the partnership filter offers only the manager's partnerships, and no manager page
 * scrolls sideways on a 320 or 390 px wide phone.
 */
class ManagerDashboardBrowserIT extends BrowserTest {

    private static JavascriptExecutor js(Browser on) {
        return (JavascriptExecutor) on.driver();
    }

    @Test
    void everyDrillDownNumberHasANameThatSaysWhatItCounts() {
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/manager/dashboard.xhtml");
        new AppPage(browser);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#report tbody tr"));
        assertFalse(rows.isEmpty(), "the demo data gives the dashboard rows");
        List<String> wrong = new ArrayList<>();
        int links = 0;
        for (WebElement row : rows) {
            String organisation = row.findElement(By.cssSelector("td:nth-child(1)")).getText();
            String course = row.findElement(By.cssSelector("td:nth-child(2)")).getText().split(" ")[0];
            for (WebElement link : row.findElements(By.cssSelector("a.drill"))) {
                links++;
                String name = js(browser).executeScript("return arguments[0].getAttribute('aria-label')", link) + "";
                if (!name.startsWith(link.getText() + " ") || !name.contains(organisation) || !name.contains(course)) {
                    wrong.add("\"" + link.getText() + "\" is named \"" + name + "\"");
                }
            }
        }
        assertEquals(rows.size() * 5, links, "five numbers lead on in every row");
        assertEquals(List.of(), wrong, "each name starts with the number shown, then what, where and which course");
        WebElement enrolled = rows.get(0).findElement(By.cssSelector("td:nth-child(3) a"));
        assertTrue(enrolled.getAttribute("aria-label").contains(" tilmeldt: "), enrolled.getAttribute("aria-label"));
    }

    /** The values on a chart's vertical axis, once Chart.js has drawn it. */
    @SuppressWarnings("unchecked")
    private static List<Number> axis(String chartId) {
        String script = "var c = document.querySelector('[id=\"' + arguments[0] + '\"] canvas');"
                + " var chart = c && window.Chart && Chart.getChart(c);"
                + " return chart && chart.scales.y ? chart.scales.y.ticks.map(function (t) { return t.value; }) : null;";
        return (List<Number>) new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> ((JavascriptExecutor) d).executeScript(script, chartId));
    }

    @Test
    void chartsOfCountsStepInWholeNumbersAndThePartnershipFilterOffersOnlyTheManagersOwn() {
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/manager/dashboard.xhtml");
        new AppPage(browser);
        for (String chart : List.of("byOrganisation", "overTime")) {
            List<Number> ticks = axis(chart);
            assertTrue(ticks.size() >= 2, chart + ": " + ticks);
            assertTrue(ticks.stream().allMatch(t -> t.doubleValue() == Math.rint(t.doubleValue()) && t.doubleValue() >= 0),
                    chart + " counts learners in whole numbers from zero: " + ticks);
        }
        List<String> partnerships = browser.driver().findElements(By.cssSelector("#partnership option")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Alle", "Besøgsvenner til ældre i Aarhus"), partnerships,
                "Roskilde's refugee network is outside the scope, so it would only ever show zeros");
    }

    @Test
    void noManagerPageScrollsSidewaysOnAPhone() {
        List<String> wide = new ArrayList<>();
        for (int width : new int[] {320, 390}) {
            // A browser of each width: below 500 px Chromium emulates the phone's width from the start.
            try (Browser phone = new Browser(TestApplication.baseUrl(), new Dimension(width, 844))) {
                LoginPage.open(phone).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
                phone.visit("/manager/learners.xhtml?course=FRI-001");
                String learner = phone.driver().findElements(By.cssSelector("#learners a")).get(0).getAttribute("href");
                List<String> pages = List.of("/manager/index.xhtml", "/manager/dashboard.xhtml",
                        "/manager/dashboard.xhtml?role=VOLUNTEER", "/manager/learners.xhtml", learner.substring(learner.indexOf("/manager/")),
                        "/manager/partnerships.xhtml", "/manager/bulk.xhtml", "/manager/reminders.xhtml", "/manager/approvals.xhtml",
                        "/manager/instructors.xhtml");
                for (String page : pages) {
                    phone.visit(page);
                    List<?> sizes = (List<?>) js(phone).executeScript(
                            "return [window.innerWidth, document.documentElement.scrollWidth];");
                    long inner = ((Number) sizes.get(0)).longValue();
                    long scroll = ((Number) sizes.get(1)).longValue();
                    assertEquals(width, inner, "the window really is " + width + " px wide");
                    if (scroll > inner) {
                        wide.add(width + " px " + page + ": " + scroll + " px wide, " + widest(phone));
                    }
                }
            }
        }
        assertEquals(List.of(), wide, "pages wider than the phone");
    }

    /**
     * What sticks out, outside any box that scrolls, to say in the failure what to fix: elements
     * beyond the right edge, and elements whose own text is wider than they are (a long word).
     */
    private static String widest(Browser on) {
        return String.valueOf(js(on).executeScript("var out = [];"
                + " function name(e) { return e.tagName + '#' + e.id + '.' + e.className; }"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   for (var a = e.parentElement; a; a = a.parentElement) {"
                + "     if (getComputedStyle(a).overflowX !== 'visible') { return; } }"
                + "   if (e.getBoundingClientRect().right > window.innerWidth + 0.5) {"
                + "     out.push(name(e) + ' reaches ' + Math.round(e.getBoundingClientRect().right) + ' px'); }"
                + "   else if (getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1"
                + "       && Array.from(e.children).every(function (c) { return c.scrollWidth <= c.clientWidth + 1; })) {"
                + "     out.push(name(e) + ' holds ' + e.scrollWidth + ' px in ' + e.clientWidth + ' px'); } });"
                + " return out.slice(0, 4).join(', ');"));
    }
}
