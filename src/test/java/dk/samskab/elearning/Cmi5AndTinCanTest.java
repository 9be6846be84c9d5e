package dk.samskab.elearning;

import static dk.samskab.elearning.Packages.accept;
import static dk.samskab.elearning.Packages.files;
import static dk.samskab.elearning.Packages.only;
import static dk.samskab.elearning.Packages.refuse;
import static dk.samskab.elearning.Packages.zip;
import static dk.samskab.elearning.PackageProblem.Reason.FILE_MISSING;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_IDENTIFIER;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.NOTHING_TO_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.OUTSIDE_PACKAGE;
import static dk.samskab.elearning.PackageProblem.Reason.OUT_OF_RANGE;
import static dk.samskab.elearning.PackageProblem.Reason.UNKNOWN_VALUE;
import static dk.samskab.elearning.PackageProblem.Reason.XML_SYNTAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** cmi5 course structures and Tin Can packages written for the tests. */
class Cmi5AndTinCanTest {

    private static final String COURSE = """
            <?xml version="1.0" encoding="utf-8"?>
            <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
              <course id="https://samskab.dk/kurser/frivillig">
                <title>
                  <langstring lang="en-US">Volunteering in the municipality</langstring>
                  <langstring lang="da-DK">Frivillig i kommunen</langstring>
                </title>
              </course>
              <au id="https://samskab.dk/kurser/frivillig/intro" moveOn="Completed">
                <title><langstring lang="sv">Introduktion</langstring><langstring lang="en">Introduction</langstring></title>
                <url>intro/index.html?lang=da</url>
              </au>
              <block id="https://samskab.dk/kurser/frivillig/blok">
                <title><langstring lang="da">Blok</langstring></title>
                <au id="https://samskab.dk/kurser/frivillig/test" moveOn="CompletedAndPassed" masteryScore="0.75" launchMethod="OwnWindow">
                  <title><langstring lang="da">Test</langstring></title>
                  <url>test/index.html</url>
                </au>
              </block>
              <au id="https://samskab.dk/kurser/frivillig/ekstern">
                <title><langstring lang="da">Ekstern</langstring></title>
                <url>https://lms.example.org/au/7</url>
              </au>
            </courseStructure>
            """;

    private static Map<String, byte[]> course(String cmi5) {
        return files("cmi5.xml", cmi5, "intro/index.html", "<p>", "test/index.html", "<p>");
    }

    @Test
    void aCourseWithABlockHasItsAusInOrderAndPrefersDanish() throws Exception {
        ElearningPackage course = accept(zip(course(COURSE)));
        assertEquals("Frivillig i kommunen", course.title());
        assertEquals("https://samskab.dk/kurser/frivillig", course.identifier());
        assertEquals(List.of("Introduction", "Test", "Ekstern"), course.items().stream().map(LaunchItem::title).toList());
        assertEquals(List.of("intro/index.html?lang=da", "test/index.html", "https://lms.example.org/au/7"),
                course.items().stream().map(LaunchItem::launchPath).toList());
        assertNull(course.items().get(2).launchFile(), "hosted elsewhere");
        assertEquals(List.of(MoveOn.COMPLETED, MoveOn.COMPLETED_AND_PASSED, MoveOn.NOT_APPLICABLE),
                course.items().stream().map(LaunchItem::moveOn).toList());
        assertEquals(new BigDecimal("0.75"), course.items().get(1).masteryScore());
        assertEquals(List.of("AnyWindow", "OwnWindow", "AnyWindow"), course.items().stream().map(LaunchItem::launchMethod).toList());
        assertEquals("https://samskab.dk/kurser/frivillig/test", course.items().get(1).activityId());
    }

    @Test
    void badAuValuesAreEachNamed() {
        String broken = COURSE.replace("moveOn=\"Completed\"", "moveOn=\"completed\"").replace("masteryScore=\"0.75\"", "masteryScore=\"75\"")
                .replace("launchMethod=\"OwnWindow\"", "launchMethod=\"Popup\"").replace("<url>https://lms.example.org/au/7</url>", "")
                .replace("id=\"https://samskab.dk/kurser/frivillig\"", "");
        List<PackageProblem> problems = refuse(zip(course(broken)));
        assertEquals(List.of("moveOn", "completed", "Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable"),
                problems.stream().filter(p -> p.line() == 9).filter(p -> p.reason() == UNKNOWN_VALUE).findFirst().orElseThrow().args());
        assertEquals(List.of("masteryScore", "75", "0", "1"), only(OUT_OF_RANGE, problems).args());
        assertEquals(List.of("launchMethod", "Popup", "AnyWindow, OwnWindow"),
                problems.stream().filter(p -> p.line() == 15).filter(p -> p.reason() == UNKNOWN_VALUE).findFirst().orElseThrow().args());
        assertEquals(List.of("https://samskab.dk/kurser/frivillig/ekstern"), only(MISSING_LAUNCH, problems).args());
        assertEquals(List.of("course"), only(MISSING_IDENTIFIER, problems).args());
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void anAuUrlMustBeInThePackageOrOnTheWeb() {
        assertEquals(List.of("intro/index.html"),
                only(FILE_MISSING, refuse(zip(files("cmi5.xml", COURSE, "test/index.html", "<p>")))).args());
        for (String url : List.of("../index.html", "javascript:alert(1)", "file:///etc/passwd")) {
            PackageProblem outside = only(OUTSIDE_PACKAGE, refuse(zip(course(COURSE.replace("test/index.html", url)))));
            assertEquals("cmi5.xml", outside.file());
            assertEquals(17, outside.line());
        }
    }

    @Test
    void aBrokenCourseStructureIsNamedWithItsLine() {
        PackageProblem syntax = only(XML_SYNTAX, refuse(zip(course(COURSE.replace("</block>", "")))));
        assertEquals("cmi5.xml", syntax.file());
        assertEquals(24, syntax.line());
        String noAus = """
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="c"><title><langstring lang="da">Tom</langstring></title></course>
                </courseStructure>""";
        assertEquals(NOTHING_TO_LAUNCH, refuse(zip(files("cmi5.xml", noAus))).get(0).reason());
    }

    @Test
    void tinCanLaunchesTheFirstActivityWithALaunch() throws Exception {
        String tincan = """
                <tincan xmlns="http://projecttincan.com/tincan.xsd"><activities>
                  <activity id="http://samskab.dk/spg/1" type="http://adlnet.gov/expapi/activities/cmi.interaction">
                    <name>Spørgsmål 1</name></activity>
                  <activity id="http://samskab.dk/kursus" type="http://adlnet.gov/expapi/activities/course">
                    <name lang="en-US">Course</name><name lang="da-DK">Kursus</name>
                    <launch lang="da-DK">story_html5.html</launch></activity>
                </activities></tincan>""";
        ElearningPackage course = accept(zip(files("tincan.xml", tincan, "story_html5.html", "<p>")));
        assertEquals("http://samskab.dk/kursus", course.identifier());
        assertEquals("Kursus", course.title());
        assertEquals("story_html5.html", course.items().get(0).launchFile());
        PackageProblem missing = only(FILE_MISSING, refuse(zip(files("tincan.xml", tincan, "story.html", "<p>"))));
        assertEquals("tincan.xml", missing.file());
        assertEquals(6, missing.line());
        assertEquals(NOTHING_TO_LAUNCH,
                refuse(zip(files("tincan.xml", tincan.replaceAll("<launch.*</launch>", "")))).get(0).reason());
    }
}
