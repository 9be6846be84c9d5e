package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.content.CourseFolderReader;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public course pages, in Danish and English, and the administrator's content import page. */
class CataloguePagesBrowserIT extends BrowserTest {

    /** The courses shipped in course-content/, read as the importer reads them. */
    private static List<CourseDefinition> shipped() {
        Path root = Path.of("course-content");
        try (var folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(folder -> new CourseFolderReader(root, code -> Optional.of(new BigDecimal("27.5"))).read(folder).course())
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The shipped courses a filter should list, by Danish title in the catalogue's order. */
    private static List<String> shippedWhere(java.util.function.Predicate<CourseDefinition> filter) {
        return shipped().stream().filter(filter).map(c -> c.title().da()).sorted(java.text.Collator.getInstance(
                java.util.Locale.forLanguageTag("da"))).toList();
    }

    /** The titles listed, leaving out courses that other tests create and publish in the same database. */
    private List<String> shippedTitles() {
        List<String> shipped = shippedWhere(c -> true);
        return titles().stream().filter(shipped::contains).toList();
    }

    @Test
    void theCatalogueListsEveryPublishedCourseWithoutLogin() throws Exception {
        browser.visit("/courses.xhtml");
        List<String> published = new java.util.ArrayList<>();
        try (var c = TestAccounts.connect(); var rows = c.createStatement().executeQuery("SELECT v.title_da FROM course_version v"
                + " WHERE v.version_number = (SELECT MAX(w.version_number) FROM course_version w WHERE w.course_id = v.course_id)")) {
            while (rows.next()) {
                published.add(rows.getString(1));
            }
        }
        assertEquals(published.stream().sorted().toList(), titles().stream().sorted().toList(), "every published course, once");
        assertEquals(shippedWhere(c -> true), shippedTitles(), "the shipped courses, in alphabetical order");
    }

    @Test
    void theFiltersNarrowTheCatalogueAndTheAddressKeepsThem() {
        browser.visit("/courses.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("audience"))).selectByValue("volunteer");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("applyFilters")));
        new AppPage(browser);
        List<String> forVolunteers = shippedWhere(c -> c.audiences().contains(Audience.VOLUNTEER));
        assertTrue(forVolunteers.contains("Frivillig i samarbejde med kommunen"), forVolunteers.toString());
        assertEquals(forVolunteers, shippedTitles());
        assertTrue(browser.currentPath().contains("audience=volunteer"), "a filtered list is a shareable address");

        browser.visit("/courses.xhtml?ects=yes");
        assertEquals(shippedWhere(c -> c.ects() != null && c.ects().signum() > 0), shippedTitles());
        browser.visit("/courses.xhtml?q=FORANDRINGSTEORI");
        assertTrue(shippedTitles().contains("Evaluering af samarbejder"), "free text finds a word of the course's texts");
        browser.visit("/courses.xhtml?theme=leadership&format=blended");
        assertEquals(shippedWhere(c -> c.competenceThemes().contains(CompetenceTheme.LEADERSHIP)
                && c.format() == CourseFormat.BLENDED), shippedTitles());
        browser.visit("/courses.xhtml?q=ingen-kurser-her");
        assertEquals("Ingen kurser passer til din søgning.", text("resultCount"));
    }

    private List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#courses h2")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aCoursePageShowsOutcomesWorkloadEctsAudienceAndProviderInBothLanguages() {
        browser.visit("/courses.xhtml");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.linkText("Samskabelse i praksis")));
        AppPage page = new AppPage(browser);

        assertEquals("Samskabelse i praksis", text("courseTitle"));
        assertEquals("5 ECTS", text("ects"));
        assertEquals("137,5 timer", text("workload"));
        assertEquals("Kommunale medarbejdere", text("audiences"));
        assertEquals("Københavns Professionshøjskole", text("provider"));
        assertTrue(text("assessment").startsWith("7-trinsskalaen"), text("assessment"));
        String outcomes = text("outcomes");
        assertTrue(outcomes.contains("Viden") && outcomes.contains("Færdigheder") && outcomes.contains("Kompetencer"), outcomes);
        assertEquals(4, browser.driver().findElements(By.cssSelector("#modules > li")).size());

        page.switchToEnglish();
        assertEquals("Co-creation in practice", text("courseTitle"));
        assertEquals("137.5 hours", text("workload"));
        assertEquals("Municipal professionals", text("audiences"));
        assertTrue(text("outcomes").contains("Knowledge"), text("outcomes"));
        new AppPage(browser).switchToDanish();
    }

    @Test
    void anEctsCoursePageStatesItsWorkloadExamGradesReadingListAndMaterials() {
        browser.visit("/course.xhtml?code=SAM-101");
        AppPage page = new AppPage(browser);

        String workload = text("workloadBreakdown");
        assertTrue(workload.contains("Fremmødedage") && workload.contains("Tre fremmødedage à 6 timer"), workload);
        assertTrue(workload.contains("Onlinelektioner") && workload.contains("4,5"), workload);
        assertTrue(workload.contains("I alt 137,5"), "the lines add up to the course's hours: " + workload);

        String exam = text("exam");
        assertTrue(exam.contains("Mundtlig prøve med en skriftlig synopsis som oplæg; synopsen bedømmes ikke for sig"), exam);
        assertTrue(exam.contains("Eksaminator og intern censor") && exam.contains("Brug af generativ AI"), exam);
        assertEquals(List.of("12", "7", "02", "00"), browser.driver().findElements(By.cssSelector("#courseDescriptors dt"))
                .stream().map(WebElement::getText).toList());
        assertTrue(text("courseDescriptors").contains("Den fremragende præstation"), text("courseDescriptors"));
        WebElement firstCriterion = browser.driver().findElements(By.cssSelector("#courseCriteria li")).get(0);
        assertTrue(firstCriterion.getText().contains("Vurderer: Viden 1, Viden 2"), firstCriterion.getText());
        assertTrue(firstCriterion.findElement(By.tagName("abbr")).getAttribute("title").startsWith("Den studerende har viden om begreberne"),
                "the outcome's text is at hand");

        String pensum = text("pensum");
        assertTrue(pensum.contains("Agger, A. & Tortzen, A. (2015). Forskningsreview om samskabelse. UCC og Roskilde Universitet."), pensum);
        assertTrue(pensum.contains("Brandsen, T., Steen, T. & Verschuere, B. (red.) (2018)."), pensum);
        assertTrue(pensum.contains("Lukes, S. (2005). Power: A Radical View (2. udg.). Palgrave Macmillan."), pensum);
        assertTrue(text("supplementary").contains("Lipsky, M. (2010). Street-Level Bureaucracy: Dilemmas of the Individual in"
                + " Public Services. Russell Sage Foundation."), text("supplementary"));
        String materials = text("documents");
        assertTrue(materials.contains("Skabelon: Skabelon til design af et lille samskabelseseksperiment"), materials);
        assertFalse(materials.contains("Fremmødedag"), "a teacher's guide is not shown to the public");

        page.switchToEnglish();
        assertTrue(text("workloadBreakdown").contains("Campus days") && text("workloadBreakdown").contains("Total 137.5"),
                text("workloadBreakdown"));
        assertTrue(text("exam").contains("An oral exam based on a written synopsis"), text("exam"));
        assertTrue(text("courseCriteria").contains("Assesses: Knowledge 1, Knowledge 2"), text("courseCriteria"));
        assertTrue(text("pensum").contains("Lukes, S. (2005). Power: A Radical View (2nd ed.)."), text("pensum"));
        new AppPage(browser).switchToDanish();
    }

    @Test
    void aCourseWithoutEctsSaysSo() {
        browser.visit("/course.xhtml?code=FRI-001");
        assertEquals("Ingen ECTS-point", text("ects"));
        assertEquals("Frivillige, Frivilligkoordinatorer", text("audiences"));
        assertTrue(text("assessment").startsWith("Bestået"), text("assessment"));
    }

    @Test
    void anUnknownCourseCodeGivesTheNotFoundPage() {
        browser.visit("/course.xhtml?code=XYZ-999");
        assertEquals("Siden findes ikke", new AppPage(browser).heading());
    }

    @Test
    void theAdministratorSeesTheImportReportAndCanImportAgain() {
        LoginPage.open(browser).loginAs("admin@demo.samskab.dk", "samskab-demo-2026");
        browser.visit("/admin/content.xhtml");
        int courses = shipped().size();
        assertTrue(text("report").contains("Nye kurser: " + courses) || text("report").contains("Uændrede kurser: " + courses),
                text("report"));

        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("importForm:importNow")));
        new AppPage(browser);
        assertEquals("Importen er gennemført.", text("importForm:messages"));
        assertTrue(text("unchanged").endsWith(Integer.toString(courses)), text("unchanged"));
    }
}
