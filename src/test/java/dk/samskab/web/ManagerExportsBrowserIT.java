package dk.samskab.web;

import dk.samskab.platform.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A volunteer registers through an invitation with a name made to become a formula in a
 * spreadsheet; the Aarhus manager's exports keep it one harmless text cell, in files that Danish
 * (and, for an English-speaking manager, English) spreadsheet programs read as intended: read
 * back here with Commons CSV and Apache POI, cell by cell.
 */
class ManagerExportsBrowserIT extends BrowserTest {

    private static final String HOSTILE = "Sec J;=1+1;";
    private static final ZoneId COPENHAGEN = Dates.DENMARK;

    private static String hostileEmail;
    private static LocalDateTime registered;

    /** The volunteer registers through the invitation link of the Aarhus volunteers' cohort, as anyone with it could. */
    @BeforeAll
    static void aVolunteerWithAHostileName() {
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", DEMO_PASSWORD);
        String invite = browser.driver().findElements(By.cssSelector("#invitations li")).stream()
                .filter(li -> li.getText().startsWith("Frivillige i Aarhus")).findFirst().orElseThrow()
                .findElement(By.className("invite-link")).getAttribute("href");
        new AppPage(browser).logout();
        hostileEmail = "sec.j." + System.nanoTime() + "@example.dk";
        browser.driver().get(invite);
        browser.driver().findElement(By.id("joinForm:name")).sendKeys(HOSTILE);
        browser.driver().findElement(By.id("joinForm:email")).sendKeys(hostileEmail);
        browser.driver().findElement(By.id("joinForm:password")).sendKeys("en lang nok adgangskode");
        new Select(browser.driver().findElement(By.id("joinForm:organisation"))).selectByVisibleText("Dansk Røde Kors");
        registered = LocalDateTime.now(COPENHAGEN);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("joinForm:register")));
        assertTrue(browser.driver().findElement(By.id("checkMail")).isDisplayed(), "the address is to be confirmed");
        String mail;
        try {
            mail = dk.samskab.testsupport.TestMail.await(hostileEmail, "Bekræft din e-mailadresse").body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String link = mail.lines().filter(l -> l.contains("/confirm.xhtml#token=")).findFirst().orElseThrow().strip();
        browser.openMailedLink(link.substring(link.indexOf("/confirm.xhtml")));
        new LoginPage(browser).loginAs(hostileEmail, "en lang nok adgangskode");
        assertTrue(browser.currentPath().startsWith("/learner/"), "registered and enrolled: " + browser.currentPath());
        browser.driver().manage().deleteAllCookies();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return browser.fetch(path);
    }

    private static List<CSVRecord> parse(String text, char separator) throws Exception {
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(1)))
                .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(separator).get()).get()) {
            return parser.getRecords();
        }
    }

    private static CSVRecord rowOf(List<CSVRecord> records, String name) {
        return records.stream().filter(r -> r.get(0).startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in " + records));
    }

    /**
     * The cells a careless program would make by splitting every line on the given character,
     * quotes or not, that start with a formula character once spaces and quotes are taken off.
     */
    private static List<String> formulaCellsSplitOn(String text, char separator) {
        List<String> found = new ArrayList<>();
        for (String line : text.substring(1).split("\r\n")) {
            for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
                String bare = cell.replaceFirst("^[\\s\"]+", "");
                if (!bare.isEmpty() && "=+-@".indexOf(bare.charAt(0)) >= 0) {
                    found.add(cell);
                }
            }
        }
        return found;
    }

    /** Cells that a spreadsheet would start with a formula character. */
    private static List<String> formulaCells(List<CSVRecord> records) {
        List<String> found = new ArrayList<>();
        records.forEach(r -> r.forEach(cell -> {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                found.add(cell);
            }
        }));
        return found;
    }

    /** A moment written as "dd-MM-yyyy HH:mm" in Copenhagen time, close to when the volunteer registered. */
    private static void assertRegisteredAround(LocalDateTime written) {
        assertTrue(Math.abs(Duration.between(registered, written).toMinutes()) <= 5,
                "enrolled at " + written + ", registered at about " + registered + " Copenhagen time");
    }

    @Test
    void aDanishManagersCsvHasSemicolonsQuotedFieldsDanishLabelsLocalTimesAndNoFormula() throws Exception {
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/manager/learners.xhtml?course=FRI-001");
        assertTrue(new AppPage(browser).text().contains(HOSTILE), "the name shows as it was typed on the page");
        HttpResponse<byte[]> response = get("/manager/export?table=learners&format=csv&course=FRI-001");
        assertEquals(200, response.statusCode());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(text.lines().allMatch(l -> l.replace("\uFEFF", "").matches("\"([^\"]|\"\")*\"(;\"([^\"]|\"\")*\")*")),
                "every field quoted, separated by semicolons:\n" + text);

        List<CSVRecord> records = parse(text, ';');
        assertEquals(List.of("Deltager", "Organisation", "Kursus", "Status", "Tilmeldt", "Gennemført"), records.get(0).toList());
        CSVRecord hostile = rowOf(records, "Sec J");
        assertEquals(6, hostile.size(), "the name stays one cell: " + hostile);
        assertEquals(List.of("Sec J;'=1+1;", "Dansk Røde Kors", "FRI-001", "Tilmeldt"), hostile.toList().subList(0, 4));
        assertRegisteredAround(LocalDateTime.parse(hostile.get(4), DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")));
        assertEquals("", hostile.get(5), "not completed");
        assertEquals(List.of(), formulaCells(records));
        assertEquals(List.of(), formulaCellsSplitOn(text, ','), "nor where a program splits on commas instead");
        assertFalse(text.contains("ENROLLED"), "statuses in Danish words, not the program's names");

        List<CSVRecord> dashboard = parse(new String(get("/manager/export?table=dashboard&format=csv&course=FRI-001").body(),
                StandardCharsets.UTF_8), ';');
        assertEquals(List.of("Organisation", "Kursus", "Tilmeldt", "Aktive (30 dage)", "Gennemført", "Gennemførelse (%)",
                "Forsinkede", "ECTS-point"), dashboard.get(0).toList());
        CSVRecord redCross = rowOf(dashboard, "Dansk Røde Kors");
        assertTrue(Long.parseLong(redCross.get(2)) >= 2, "Birthe and the new volunteer: " + redCross);
    }

    @Test
    void aDanishManagersWorkbookHasTextNumberAndDateCellsWithoutApostrophes() throws Exception {
        LoginPage.open(browser).loginAs("jens@demo.samskab.dk", DEMO_PASSWORD);
        browser.visit("/manager/dashboard.xhtml");
        HttpResponse<byte[]> response = get("/manager/export?table=learners&format=xlsx&course=FRI-001");
        assertEquals(200, response.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Deltagere", sheet.getSheetName());
            assertEquals("Status", sheet.getRow(0).getCell(3).getStringCellValue());
            Row hostile = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith("Sec J")) {
                    hostile = row;
                }
            }
            assertTrue(hostile != null, "the volunteer is in the workbook");
            Cell name = hostile.getCell(0);
            assertEquals(CellType.STRING, name.getCellType(), "a string cell is never evaluated");
            assertEquals(HOSTILE, name.getStringCellValue(), "no visible apostrophe, and no cells to split it into");
            assertEquals("Tilmeldt", hostile.getCell(3).getStringCellValue());
            Cell enrolled = hostile.getCell(4);
            assertEquals(CellType.NUMERIC, enrolled.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(enrolled), "a real date cell");
            assertRegisteredAround(enrolled.getLocalDateTimeCellValue());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formulas anywhere");
                    assertTrue(cell.getCellType() != CellType.STRING || !cell.getStringCellValue().startsWith("'"),
                            () -> "no apostrophes: " + cell.getStringCellValue());
                }
            }
        }
        HttpResponse<byte[]> dashboard = get("/manager/export?table=dashboard&format=xlsx&course=FRI-001");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(dashboard.body()))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            for (int column = 2; column <= 7; column++) {
                assertEquals(CellType.NUMERIC, first.getCell(column).getCellType(), "column " + column + " is a number");
            }
        }
    }

    @Test
    void anEnglishSpeakingManagerGetsCommasDecimalPointsAndEnglishLabels() throws Exception {
        String manager = TestAccounts.create("English Manager", "TRAINING_MANAGER");
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "UPDATE person SET preferred_language = 'EN' WHERE email = ?", manager);
            TestAccounts.update(c, "INSERT INTO manager_scope (person_id, organisation_id) SELECT p.id, o.id FROM person p, organisation o"
                    + " WHERE p.email = ? AND o.code = 'kommune-aarhus'", manager);
            TestAccounts.update(c, "INSERT INTO manager_scope (person_id, partnership_id) SELECT p.id, s.id FROM person p, partnership s"
                    + " WHERE p.email = ? AND s.code = 'aarhus-aeldre-besoegsvenner'", manager);
        }
        HttpResponse<String> response = HttpUser.signedIn(manager, TestAccounts.PASSWORD)
                .get("/manager/export?table=learners&format=csv&course=FRI-001");
        assertEquals(200, response.statusCode());
        List<CSVRecord> records = parse(response.body(), ',');
        assertEquals(List.of("Learner", "Organisation", "Course", "Status", "Enrolled", "Completed"), records.get(0).toList());
        CSVRecord hostile = rowOf(records, "Sec J");
        assertEquals(List.of("Sec J;'=1+1;", "Dansk Røde Kors", "FRI-001", "Enrolled"), hostile.toList().subList(0, 4));
        assertRegisteredAround(LocalDateTime.parse(hostile.get(4), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        assertEquals(List.of(), formulaCells(records));
        assertEquals(List.of(), formulaCellsSplitOn(response.body(), ';'), "nor where a program splits on semicolons instead");
    }
}
