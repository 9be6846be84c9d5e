package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.content.CourseFolderReader;
import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.web.pages.LoginPage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The learner's pages on the narrowest phones: at 320 and 390 CSS pixels nothing may scroll
 * sideways, on My learning, the course page, every lesson and every quiz of every shipped course
 * (whose ordering and matching questions have drop-downs with long options).
 */
class PhoneWidthBrowserIT {

    private static List<CourseDefinition> shippedCourses() throws Exception {
        Path root = Path.of("course-content");
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(f -> new CourseFolderReader(root, code -> Optional.of(new BigDecimal("27.5"))).read(f).course()).toList();
        }
    }

    /** A learner taking every shipped course at their own pace; returns the e-mail and the enrolment of each course. */
    private static Map.Entry<String, Map<String, Long>> learnerInEveryCourse(List<CourseDefinition> courses) throws Exception {
        String email = TestAccounts.create("Pernille Smal", "LEARNER");
        Map<String, Long> enrolments = new java.util.HashMap<>();
        try (Connection c = TestAccounts.connect()) {
            for (CourseDefinition course : courses) {
                TestAccounts.update(c, "INSERT INTO enrolment (person_id, course_id, course_version_id, status, requested_at, enrolled_at)"
                        + " SELECT p.id, k.id, (SELECT MAX(v.id) FROM course_version v WHERE v.course_id = k.id), 'ENROLLED',"
                        + " CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) FROM person p, course k WHERE p.email = ? AND k.code = ?",
                        email, course.code());
                enrolments.put(course.code(), TestAccounts.single(c, "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id"
                        + " JOIN course k ON k.id = e.course_id WHERE p.email = ? AND k.code = ?", email, course.code()));
            }
        }
        return Map.entry(email, enrolments);
    }

    /** The elements that reach past the right edge, for the failure message. */
    private static final String WIDEST = "return Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
            + ".map(e => e.tagName + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className : '')"
            + " + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(', ');";

    @Test
    void nothingScrollsSidewaysAt320Or390Pixels() throws Exception {
        List<CourseDefinition> courses = shippedCourses();
        var learner = learnerInEveryCourse(courses);
        List<String> pages = new ArrayList<>(List.of("/learner/index.xhtml"));
        for (CourseDefinition course : courses) {
            long enrolment = learner.getValue().get(course.code());
            pages.add("/learner/course.xhtml?e=" + enrolment);
            for (ModuleDefinition module : course.modules()) {
                module.lessons().forEach(l -> pages.add("/learner/lesson.xhtml?e=" + enrolment + "&m=" + module.slug() + "&l=" + l.slug()));
                pages.add("/learner/quiz.xhtml?e=" + enrolment + "&m=" + module.slug());
            }
        }
        try (Browser phone = new Browser(TestApplication.baseUrl(), Browser.PHONE)) {
            LoginPage.open(phone).loginAs(learner.getKey(), TestAccounts.PASSWORD);
            JavascriptExecutor js = (JavascriptExecutor) phone.driver();
            List<String> wide = new ArrayList<>();
            for (String page : pages) {
                // Each page is loaded (and checked for accessibility) at 320 px, then turned to 390 px,
                // as a phone is: the layout follows the new width without a reload.
                narrowTo(phone, 320);
                phone.visit(page);
                for (int width : List.of(320, 390)) {
                    narrowTo(phone, width);
                    assertEquals((long) width, js.executeScript("return window.innerWidth;"), "the phone's width");
                    long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
                    if (scrollWidth > width) {
                        wide.add(page + " at " + width + " px is " + scrollWidth + " px wide: " + js.executeScript(WIDEST));
                    }
                }
            }
            assertTrue(wide.isEmpty(), String.join("\n", wide));
        }
    }

    private static void narrowTo(Browser phone, int width) {
        ((org.openqa.selenium.chrome.ChromeDriver) phone.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }
}
