package dk.samskab.web;

import dk.samskab.platform.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The Aarhus training manager sees Aarhus staff and the partners' volunteers, never neighbouring
 * Roskilde: on the dashboard, through filters and drill-down, in both exports and through
 * altered addresses.
 */
class ManagerReportsBrowserIT extends BrowserTest {

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return browser.fetch(path);
    }

    /** The id of Lone's enrolment in the Roskilde cohort, as Lone's own course page shows it. */
    private static String lonesEnrolment() {
        LoginPage.open(browser).loginAs("lone@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/learner/index.xhtml");
        String href = browser.driver().findElements(By.cssSelector("#current li")).stream()
                .filter(li -> li.getText().contains("Ledelse af tværsektorielle partnerskaber")).findFirst().orElseThrow()
                .findElement(By.tagName("a")).getAttribute("href");
        new AppPage(browser).logout();
        return href.replaceAll(".*[?&]e=(\\d+).*", "$1");
    }

    @Test
    void theAarhusManagerSeesAarhusAndItsPartnersButNothingOfRoskilde() throws Exception {
        String roskildeEnrolment = lonesEnrolment();
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("dashboardLink")));
        new AppPage(browser);
        String report = text("report");
        assertTrue(report.contains("Aarhus Kommune") && report.contains("Dansk Røde Kors"), report);
        assertFalse(report.contains("Roskilde"), report);

        new Select(browser.driver().findElement(By.id("role"))).selectByValue("VOLUNTEER");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector("#reportFilter button")));
        new AppPage(browser);
        report = text("report");
        assertTrue(report.contains("Dansk Røde Kors") && !report.contains("Aarhus Kommune"), "volunteers only: " + report);

        browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#report tbody tr")).stream()
                .filter(tr -> tr.getText().contains("FRI-001")).findFirst().orElseThrow().findElement(By.cssSelector("a.drill")));
        new AppPage(browser);
        String learners = text("learners");
        assertTrue(learners.contains("Birthe Nielsen"), learners);
        assertFalse(learners.contains("Lone Sørensen") || learners.contains("Søren Madsen"), learners);
        browser.visit("/manager/dashboard.xhtml?role=VOLUNTEER");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("totalEnrolled")));
        new AppPage(browser);
        assertTrue(text("measure").startsWith("Tilmeldte"), text("measure"));
        assertTrue(text("learners").contains("Birthe Nielsen"), text("learners"));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.linkText("Birthe Nielsen")));
        new AppPage(browser);
        assertTrue(text("learnerHeading").startsWith("Birthe Nielsen"), text("learnerHeading"));

        browser.visit("/manager/learner.xhtml?e=" + roskildeEnrolment);
        assertEquals("Siden findes ikke", new AppPage(browser).heading(), "an altered id shows nothing of Roskilde");

        HttpResponse<byte[]> csv = get("/manager/export?table=learners&format=csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF") && text.contains("Birthe Nielsen") && text.contains("Søren Madsen"), text);
        assertFalse(text.contains("Lone Sørensen"), text);
        HttpResponse<byte[]> xlsx = get("/manager/export?table=dashboard&format=xlsx&role=VOLUNTEER");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getLastRowNum() >= 1);
            java.util.Set<String> organisations = new java.util.HashSet<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                organisations.add(sheet.getRow(row).getCell(0).getStringCellValue());
            }
            assertTrue(organisations.contains("Dansk Røde Kors") && !organisations.contains("Aarhus Kommune"),
                    "the export has the page's filter, volunteers only: " + organisations);
        }
        HttpResponse<byte[]> altered = get("/manager/export?table=learners&format=csv&org=1");
        assertFalse(new String(altered.body(), StandardCharsets.UTF_8).contains("Lone"), "an altered organisation id exports nothing outside the scope");

        browser.visit("/manager/partnerships.xhtml");
        new AppPage(browser);
        assertTrue(text("partnershipTable").contains("Besøgsvenner til ældre i Aarhus"), text("partnershipTable"));
    }

    /** Waits for the background import to end and returns what the page says of it. */
    private String awaitImport() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("bulkForm:result")).getText().isBlank());
        return text("bulkForm:result");
    }

    private static java.nio.file.Path csv(String content) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("bulk").resolve("deltagere.csv");
        java.nio.file.Files.writeString(file, content);
        return file;
    }

    @Test
    void aManagerEnrolsAListAndANewcomerChoosesAPasswordFromTheMail() throws Exception {
        String email = "kirsten.berg." + System.nanoTime() + "@aarhus.example.dk";
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("bulkLink")));
        new AppPage(browser);
        new Select(browser.driver().findElement(By.id("bulkForm:cohort"))).selectByVisibleText("Frivillige i Aarhus");
        browser.driver().findElement(By.id("bulkForm:file")).sendKeys(csv("navn;e-mail;organisation;rolle\n"
                + "Kirsten Berg;" + email + ";kommune-aarhus;fagprofessionel\n"
                + "=HYPERLINK(\"https://evil.example\");x@example.dk;roede-kors;frivillig\n"
                + "Lone Sørensen;lone@demo.samskab.dk;kommune-roskilde;leder\n").toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("bulkForm:upload")));
        String problems = awaitImport();
        assertTrue(problems.contains("Intet er gemt") && problems.contains("Linje 3:") && problems.contains("Linje 4:"), problems);
        assertTrue(problems.contains("regnearksformel") && problems.contains("du har ikke ansvar for organisationen \"kommune-roskilde\""),
                problems);

        new Select(browser.driver().findElement(By.id("bulkForm:cohort"))).selectByVisibleText("Frivillige i Aarhus");
        browser.driver().findElement(By.id("bulkForm:file")).sendKeys(csv("navn;e-mail;organisation;rolle\n"
                + "Kirsten Berg;" + email + ";kommune-aarhus;fagprofessionel\n").toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("bulkForm:upload")));
        assertTrue(browser.driver().findElement(By.id("bulkForm:progress")).isDisplayed(), "the import shows its progress");
        assertTrue(awaitImport().contains("1 nye, 1 har fået plads"), text("bulkForm:result"));
        assertEquals("100 %", browser.driver().findElement(By.cssSelector("#bulkForm\\:progress .ui-progressbar-label")).getText());
        new AppPage(browser).logout();

        String body = dk.samskab.testsupport.TestMail.await(email, "Du er tilmeldt").body();
        String link = body.lines().filter(l -> l.contains("/activate.xhtml#token=")).findFirst().orElseThrow().strip();
        browser.openMailedLink(link.substring(link.indexOf("/activate.xhtml")));
        new AppPage(browser);
        browser.driver().findElement(By.id("activationForm:password")).sendKeys("nabo-hjaelp-2026");
        browser.driver().findElement(By.id("activationForm:repeated")).sendKeys("nabo-hjaelp-2027");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("activationForm:activate")));
        assertTrue(new AppPage(browser).text().contains("ikke ens"), "the two passwords differ");
        browser.driver().findElement(By.id("activationForm:password")).sendKeys("nabo-hjaelp-2026");
        browser.driver().findElement(By.id("activationForm:repeated")).sendKeys("nabo-hjaelp-2026");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("activationForm:activate")));
        assertTrue(browser.driver().findElement(By.id("activatedNotice")).isDisplayed());
        new LoginPage(browser).loginAs(email, "nabo-hjaelp-2026");
        browser.visit("/learner/index.xhtml");
        assertTrue(text("current").contains("Frivillig i samarbejde med kommunen"), text("current"));
        browser.openMailedLink(link.substring(link.indexOf("/activate.xhtml")));
        assertTrue(browser.driver().findElement(By.id("invalidLink")).isDisplayed(), "the link works once");
    }

    /** Uploads a file to a cohort on the bulk page (open) and returns what the page says once the import has ended. */
    private String upload(String cohort, String content) throws Exception {
        new Select(browser.driver().findElement(By.id("bulkForm:cohort"))).selectByVisibleText(cohort);
        browser.driver().findElement(By.id("bulkForm:file")).sendKeys(csv(content).toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("bulkForm:upload")));
        return awaitImport();
    }

    private static long count(String sql, Object... values) throws Exception {
        try (java.sql.Connection c = dk.samskab.testsupport.TestAccounts.connect()) {
            return dk.samskab.testsupport.TestAccounts.single(c, sql, values);
        }
    }

    private static long membershipsIn(String email, String organisation) throws Exception {
        return count("SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id JOIN organisation o"
                + " ON o.id = m.organisation_id WHERE p.email = ? AND o.code LIKE ?", email, organisation);
    }

    private static long enrolmentsIn(String email, String cohort) throws Exception {
        return count("SELECT COUNT(*) FROM enrolment e JOIN person p ON p.id = e.person_id JOIN cohort c ON c.id = e.cohort_id"
                + " WHERE p.email = ? AND c.name = ?", email, cohort);
    }

    @Test
    void aManagerCannotPullSomeoneFromOutsideTheScopeIntoTheirReportsByBulkEnrolment() throws Exception {
        String cohort = "Samskabelse i praksis – hold 1";
        String roskildeEnrolment = lonesEnrolment();
        long lonesMemberships = membershipsIn("lone@demo.samskab.dk", "%");
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        assertEquals(404, get("/manager/learner.xhtml?e=" + roskildeEnrolment).statusCode(), "Lone is outside Aarhus's scope");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("bulkLink")));
        new AppPage(browser);

        String single = upload(cohort, "navn;e-mail;organisation;rolle\n"
                + "Lene Sørensen;lone@demo.samskab.dk;kommune-aarhus;fagprofessionel\n");
        assertTrue(single.contains("Intet er gemt") && single.contains("Linje 2: lone@demo.samskab.dk har allerede en konto og hører"
                + " ikke til nogen af dine organisationer, så du kan ikke tilmelde personen."), single);

        String newcomer = "ny.kollega." + System.nanoTime() + "@aarhus.example.dk";
        String several = upload(cohort, "navn;e-mail;organisation;rolle\n"
                + "Ny Kollega;" + newcomer + ";kommune-aarhus;fagprofessionel\n"
                + "Lone Sørensen;LONE@demo.samskab.dk;frivilligcenter-aarhus;frivillig\n"
                + "Sofie Andersen;admin@demo.samskab.dk;kommune-aarhus;leder\n"
                + "Karen Holm;karen@demo.samskab.dk;roede-kors;frivillig\n"
                + "Søren Madsen;soeren@demo.samskab.dk;kommune-aarhus;fagprofessionel\n");
        assertTrue(several.contains("Linje 3: lone@demo.samskab.dk har allerede en konto")
                && several.contains("Linje 4: admin@demo.samskab.dk har allerede en konto")
                && several.contains("Linje 5: karen@demo.samskab.dk har allerede en konto")
                && !several.contains("Linje 2:") && !several.contains("Linje 6:"),
                "staff accounts are refused like anyone else outside the scope; Aarhus's own Søren is not: " + several);

        assertEquals(0, membershipsIn("lone@demo.samskab.dk", "%aarhus%"), "Lone got no Aarhus membership");
        assertEquals(lonesMemberships, membershipsIn("lone@demo.samskab.dk", "%"), "nor any other");
        assertEquals(0, enrolmentsIn("lone@demo.samskab.dk", cohort), "Lone is not enrolled");
        assertEquals(0, membershipsIn("admin@demo.samskab.dk", "%aarhus%") + membershipsIn("karen@demo.samskab.dk", "roede-kors"));
        assertEquals(0, enrolmentsIn("admin@demo.samskab.dk", cohort) + enrolmentsIn("karen@demo.samskab.dk", cohort));
        assertEquals(0, count("SELECT COUNT(*) FROM person WHERE email = ?", newcomer), "nothing is saved when a line is refused");
        assertEquals(404, get("/manager/learner.xhtml?e=" + roskildeEnrolment).statusCode(), "Lone's progress stays hidden");
        String export = new String(get("/manager/export?table=learners&format=csv").body(), StandardCharsets.UTF_8);
        assertFalse(export.contains("Lone Sørensen") || export.contains("Sofie Andersen") || export.contains("Karen Holm"), export);
    }

    @Test
    void bulkProblemsWriteDanishNumbers() throws Exception {
        StringBuilder file = new StringBuilder("navn;e-mail;organisation;rolle\n");
        for (int i = 1; i <= 20_001; i++) {
            file.append("Deltager ").append(i).append(";d").append(i).append("@aarhus.example.dk;kommune-aarhus;fagprofessionel\n");
        }
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/manager/bulk.xhtml");
        String problems = upload("Frivillige i Aarhus", file.toString());
        assertTrue(problems.contains("Linje 20.002: filen har over 20.000 personer."), problems);
    }

    private void remindNowAsAdmin() {
        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("reminderRunForm:remindNow")));
        assertTrue(text("reminderRunForm:messages").contains("har fået en påmindelse"), text("reminderRunForm:messages"));
        new AppPage(browser).logout();
    }

    private void switchReminders(String cohort) {
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("remindersLink")));
        new AppPage(browser);
        browser.driver().findElements(By.cssSelector("#remindersForm .field")).stream()
                .filter(f -> f.getText().contains(cohort)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[type=checkbox]")).click();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("remindersForm:save")));
        assertTrue(text("remindersForm:messages").contains("gemt"));
        new AppPage(browser).logout();
    }

    @Test
    void learnersBehindAreRemindedUnlessTheManagerSwitchedItOffAndManagersGetTheirDigest() throws Exception {
        String cohort = "Frivillige i Aarhus";
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/instructor/cohorts.xhtml?code=FRI-001");
        new AppPage(browser);
        browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#cohortForm\\:cohorts tbody tr")).stream()
                .filter(tr -> tr.getText().contains(cohort)).findFirst().orElseThrow().findElement(By.cssSelector("input[value='Redigér holdet']")));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('cohortForm:ends').value = arguments[0];",
                Dates.today().plusDays(3).toString());
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("cohortForm:saveCohort")));
        assertTrue(text("cohortForm:messages").contains("Holdet er gemt"), text("cohortForm:messages"));
        new AppPage(browser).logout();

        switchReminders(cohort);
        remindNowAsAdmin();
        Thread.sleep(2000);
        assertTrue(dk.samskab.testsupport.TestMail.received().stream().noneMatch(m -> m.to().equals("birthe@demo.samskab.dk")
                && m.subject().startsWith("Husk dit kursus")), "no reminder while the manager has switched them off");

        switchReminders(cohort);
        remindNowAsAdmin();
        String reminder = dk.samskab.testsupport.TestMail.await("birthe@demo.samskab.dk", "Husk dit kursus").body();
        assertTrue(reminder.contains("Kære Birthe Nielsen") && reminder.contains(cohort), reminder);

        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("reminderRunForm:digestNow")));
        String digest = dk.samskab.testsupport.TestMail.await("jens@demo.samskab.dk", "Ugens overblik").body();
        assertTrue(digest.contains("Kære Jens Mikkelsen") && digest.contains("tilmeldinger"), digest);
    }

    @Test
    void anAdminGivesAndTakesAManagersAreaAndOnlyManagersCanHaveOne() {
        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", DEMO_PASSWORD);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("scopesLink")));
        new AppPage(browser);
        browser.driver().findElement(By.id("scopeForm:manager")).sendKeys("karen@demo.samskab.dk");
        new Select(browser.driver().findElement(By.id("scopeForm:organisation"))).selectByVisibleText("Odder Kommune");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("scopeForm:add")));
        assertTrue(text("scopeForm:messages").contains("rollen uddannelsesansvarlig"), "an instructor cannot get an area");

        addArea("jens@demo.samskab.dk", "Samsø Kommune");
        addArea("jens@demo.samskab.dk", "Odder Kommune");
        assertTrue(areaRow("Odder Kommune").getText().contains("Jens Mikkelsen"), areaRow("Odder Kommune").getText());

        // A second tab takes Samsø away while the first still shows it; the first tab's click on
        // Samsø's row must not land on the row that has moved up into its place (Odder).
        String firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.visit("/admin/scopes.xhtml");
        browser.clickAndAwaitNewPage(areaRow("Samsø Kommune").findElement(By.cssSelector("input[type=submit]")));
        new AppPage(browser);
        assertFalse(text("scopeForm:scopes").contains("Samsø Kommune"), "Samsø is taken away in the second tab");
        browser.driver().close();
        browser.driver().switchTo().window(firstTab);
        browser.clickAndAwaitNewPage(areaRow("Samsø Kommune").findElement(By.cssSelector("input[type=submit]")));
        new AppPage(browser);
        assertTrue(text("scopeForm:messages").contains("Listen er blevet ændret"), text("scopeForm:messages"));
        assertTrue(text("scopeForm:scopes").contains("Odder Kommune"), "the stale click took nothing away");

        browser.clickAndAwaitNewPage(areaRow("Odder Kommune").findElement(By.cssSelector("input[type=submit]")));
        new AppPage(browser);
        assertFalse(text("scopeForm:scopes").contains("Odder Kommune"), "the area is taken away again");
    }

    private void addArea(String manager, String organisation) {
        browser.driver().findElement(By.id("scopeForm:manager")).clear();
        browser.driver().findElement(By.id("scopeForm:manager")).sendKeys(manager);
        new Select(browser.driver().findElement(By.id("scopeForm:organisation"))).selectByVisibleText(organisation);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("scopeForm:add")));
        new AppPage(browser);
        assertTrue(text("scopeForm:scopes").contains(organisation), text("scopeForm:messages"));
    }

    private static org.openqa.selenium.WebElement areaRow(String organisation) {
        return browser.driver().findElements(By.cssSelector("#scopeForm\\:scopes tbody tr")).stream()
                .filter(tr -> tr.getText().contains(organisation)).findFirst().orElseThrow();
    }
}
