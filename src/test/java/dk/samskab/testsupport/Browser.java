package dk.samskab.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by ChromeDriver. Every page a test opens through visit() or
 * reaches through a page object is checked against WCAG 2.1 A and AA with axe-core.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final int CHROMIUM_NARROWEST_WINDOW = 500;

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this(baseUrl, DESKTOP);
    }

    public Browser(String baseUrl, Dimension size) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=da-DK",
                "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        if (size.getWidth() < CHROMIUM_NARROWEST_WINDOW) {
            // Chromium makes no window narrower than 500 px, whatever --window-size says; a phone's
            // width is emulated instead, so that the page really is laid out at 320 or 390 px.
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", size.getWidth(),
                    "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", false));
        }
        driver = chrome;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the application and checks the page for accessibility violations. */
    public void visit(String path) {
        driver.get(baseUrl + path);
        assertAccessible();
    }

    /**
     * Opens a mailed one-time link (its token after '#'): the page's script posts the token and
     * the answer to that post is the page the user sees, checked for accessibility.
     */
    public void openMailedLink(String path) {
        driver.get(baseUrl + path);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && !document.querySelector('form[data-link-token]');"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
        assertAccessible();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /**
     * Clicks something that loads a new page and waits until the new page has loaded completely,
     * so that no assertion ever reads a half-replaced document.
     */
    public void clickAndAwaitNewPage(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.__samskabOldPage = true;");
        element.click();
        awaitNewPage();
    }

    /** Clicks a button that asks for confirmation, accepts it, and waits for the new page. */
    public void clickConfirmAndAwaitNewPage(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.__samskabOldPage = true;");
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        awaitNewPage();
    }

    private void awaitNewPage() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.__samskabOldPage === undefined && document.readyState === 'complete';"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
    }

    /** All text a user can see on the page. */
    public String visibleText() {
        return driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
    }

    private static final java.net.http.HttpClient HTTP =
            java.net.http.HttpClient.newBuilder().connectTimeout(HttpUser.TIMEOUT).build();

    /** A GET outside the browser in its session (a download, a status code), bounded by a timeout. */
    public java.net.http.HttpResponse<byte[]> fetch(String path) {
        // Every cookie of the browser: a replicated session has a version cookie beside its id.
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
                .timeout(HttpUser.TIMEOUT).header("Cookie", cookies).build());
    }

    private static java.net.http.HttpResponse<byte[]> send(java.net.http.HttpRequest request) {
        try {
            return HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** The page states axe has already checked in this test run. */
    private static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A page state's structure: its address without the query, its language, the window's width,
     * and every element's tag, id and classes with row numbers left out. The same structure filled
     * with other data gives the same key; a message, an error, another language or a phone's width
     * (where a table may need to scroll) gives a new one.
     */
    private static final String STRUCTURE = "return location.pathname + '|' + document.documentElement.lang + '|'"
            + " + window.innerWidth + '|'"
            + " + Array.from(new Set(Array.from(document.querySelectorAll('body *')).map(e => e.tagName + '#'"
            + " + e.id.replace(/\\d+/g, '') + '.' + (typeof e.className === 'string' ? e.className : '')))).sort().join(',');";

    /**
     * Fails with a readable list if axe-core finds any WCAG 2.1 A or AA violation on the page.
     * Each page state is checked once per run: axe takes about a second, and the suite visits
     * the same pages with the same structure many times.
     */
    public void assertAccessible() {
        Object structure = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(STRUCTURE);
        if (!CHECKED.add(String.valueOf(structure))) {
            return;
        }
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + ":\n  " + report);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
