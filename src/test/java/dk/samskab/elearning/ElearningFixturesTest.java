package dk.samskab.elearning;

import static dk.samskab.elearning.Packages.accept;
import static dk.samskab.elearning.Packages.folder;
import static dk.samskab.elearning.Packages.only;
import static dk.samskab.elearning.Packages.refuse;
import static dk.samskab.elearning.Packages.zip;
import static dk.samskab.elearning.PackageProblem.Reason.FILE_MISSING;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_IDENTIFIER;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.XML_SYNTAX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real packages of src/test/resources/elearning (see its README): the valid ones described, the broken ones refused. */
class ElearningFixturesTest {

    private static ElearningPackage acceptFolder(String path) throws Exception {
        return accept(zip(folder(path)));
    }

    private static List<String> launchPaths(ElearningPackage found) {
        return found.items().stream().map(LaunchItem::launchPath).toList();
    }

    @Test
    void golfRuntimeBasicCallsScorm12IsOneScoWithoutMasteryScore() throws Exception {
        Map<String, byte[]> files = folder("scorm12/RuntimeBasicCalls_SCORM12");
        ElearningPackage golf = accept(zip(files));
        assertEquals(PackageStandard.SCORM_12, golf.standard());
        assertEquals("1.2", golf.edition());
        assertEquals("com.scorm.golfsamples.runtime.basicruntime.12", golf.identifier());
        assertEquals("Golf Explained - Run-time Basic Calls", golf.title());
        assertEquals(1, golf.items().size());
        LaunchItem sco = golf.items().get(0);
        assertEquals("item_1", sco.identifier());
        assertEquals("Golf Explained", sco.title());
        assertEquals("shared/launchpage.html", sco.launchPath());
        assertEquals("shared/launchpage.html", sco.launchFile());
        assertTrue(sco.sco());
        // Its manifest sets no adlcp:masteryscore: the SCO decides passing itself.
        assertNull(sco.masteryScore());
        assertNull(golf.controlMode());
        assertEquals(files.keySet(), golf.files().keySet());
        assertEquals(44, golf.files().size());
        assertEquals(files.values().stream().mapToLong(b -> b.length).sum(), golf.unpackedBytes());
        assertArrayEquals(files.get("shared/launchpage.html"), golf.files().get("shared/launchpage.html"));
    }

    @Test
    void contentPackagingSingleScoScorm12() throws Exception {
        ElearningPackage single = acceptFolder("scorm12/ContentPackagingSingleSCO_SCORM12");
        assertEquals(PackageStandard.SCORM_12, single.standard());
        assertEquals("1.2", single.edition());
        assertEquals("Golf Explained - CP Single SCO", single.title());
        assertEquals(List.of("shared/launchpage.html"), launchPaths(single));
        assertTrue(single.items().get(0).sco());
        assertFalse(single.items().get(0).completionSetByContent(), "SCORM 1.2 has no delivery controls: 2004's default");
    }

    @Test
    void golfRuntimeBasicCalls2004ThirdEditionHasTheOrganisationsControlMode() throws Exception {
        ElearningPackage golf = acceptFolder("scorm2004/RuntimeBasicCalls_SCORM20043rdEdition");
        assertEquals(PackageStandard.SCORM_2004, golf.standard());
        assertEquals("2004 3rd Edition", golf.edition());
        assertEquals("com.scorm.golfsamples.runtime.basicruntime.20043rd", golf.identifier());
        assertEquals("Golf Explained - Run-time Basic Calls", golf.title());
        assertEquals(List.of("shared/launchpage.html"), launchPaths(golf));
        assertTrue(golf.items().get(0).sco());
        // <imsss:deliveryControls completionSetByContent="true" .../>: the Golf SCO reports its own completion.
        assertTrue(golf.items().get(0).completionSetByContent());
        assertNull(golf.items().get(0).masteryScore());
        // <imsss:controlMode choice="true" flow="true"/>; forwardOnly takes its default, false.
        assertEquals(new ControlMode(true, true, false), golf.controlMode());
        assertFalse(golf.controlMode().forcedSequential());
    }

    @Test
    void theSecondEditionPackageDeclaresCam13() throws Exception {
        ElearningPackage second = acceptFolder("scorm2004/ContentPackagingSingleSCO_SCORM20042ndEdition");
        assertEquals(PackageStandard.SCORM_2004, second.standard());
        assertEquals("2004 2nd Edition", second.edition());
        assertEquals("Golf Explained - CP Single SCO", second.title());
        assertEquals(List.of("shared/launchpage.html"), launchPaths(second));
        assertNull(second.controlMode());
        assertFalse(second.items().get(0).completionSetByContent(), "no delivery controls: the LMS completes it");
    }

    /** The fixture is a manifest alone: the index.html it launches is not in it. */
    @Test
    void minimalValidIsRefusedAsShippedForItsMissingLaunchPageAndAcceptedWithIt() throws Exception {
        Map<String, byte[]> files = folder("scorm2004/MinimalValid_SCORM20043rdEdition");
        assertEquals(List.of("imsmanifest.xml"), List.copyOf(files.keySet()));
        List<PackageProblem> problems = refuse(zip(files));
        assertEquals(1, problems.size(), problems.toString());
        PackageProblem missing = only(FILE_MISSING, problems);
        assertEquals("imsmanifest.xml", missing.file());
        assertEquals(19, missing.line());
        assertEquals(List.of("index.html"), missing.args());

        files.put("index.html", "<!doctype html><title>Launch</title>".getBytes());
        ElearningPackage minimal = accept(zip(files));
        assertEquals(PackageStandard.SCORM_2004, minimal.standard());
        assertEquals("2004 3rd Edition", minimal.edition());
        assertEquals("test.manifest", minimal.identifier());
        assertEquals("Minimal Course", minimal.title());
        assertEquals(1, minimal.items().size());
        assertEquals("Launch", minimal.items().get(0).title());
        assertEquals("index.html", minimal.items().get(0).launchPath());
        // No adlcp:scormType: launched as an asset.
        assertFalse(minimal.items().get(0).sco());
    }

    @Test
    void cmi5SingleAuBasic() throws Exception {
        ElearningPackage course = accept(Files.readAllBytes(Packages.fixture("cmi5/single_au_basic_responsive.zip")));
        assertEquals(PackageStandard.CMI5, course.standard());
        assertEquals("cmi5", course.edition());
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-single-au-basic-responsive", course.identifier());
        assertEquals("Introduction to Geology - Responsive Style", course.title());
        assertEquals(1, course.items().size());
        LaunchItem au = course.items().get(0);
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-single-au-basic-responsive/1", au.activityId());
        assertEquals("index.html", au.launchPath());
        assertEquals(MoveOn.COMPLETED_OR_PASSED, au.moveOn());
        assertNull(au.masteryScore());
        assertEquals("AnyWindow", au.launchMethod(), "cmi5's default");
        assertTrue(course.files().containsKey("video/mountains_31175.mp4"));
        assertEquals(2636971, course.files().get("video/mountains_31175.mp4").length);
    }

    @Test
    void cmi5MasteryScore() throws Exception {
        ElearningPackage course = accept(Files.readAllBytes(Packages.fixture("cmi5/masteryscore_responsive.zip")));
        assertEquals(PackageStandard.CMI5, course.standard());
        assertEquals("Introduction to Geology - Responsive Style - Mastery Score", course.title());
        assertEquals(1, course.items().size());
        LaunchItem au = course.items().get(0);
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-single-au-mastery-score-responsive/1",
                au.identifier());
        assertEquals(MoveOn.COMPLETED_OR_PASSED, au.moveOn());
        assertEquals(new BigDecimal("0.3"), au.masteryScore());
        assertEquals("OwnWindow", au.launchMethod());
        assertEquals("index.html", au.launchFile());
    }

    @Test
    void tinCanBasicCourse() throws Exception {
        ElearningPackage course = acceptFolder("xapi/basic_course");
        assertEquals(PackageStandard.TIN_CAN, course.standard());
        assertEquals("tincan", course.edition());
        assertEquals("http://example.com/activities/basic-course", course.identifier());
        assertEquals("Basic xAPI Course", course.title());
        assertEquals(1, course.items().size());
        assertEquals("http://example.com/activities/basic-course", course.items().get(0).activityId());
        assertEquals("index.html", course.items().get(0).launchPath());
    }

    @Test
    void malformedXmlIsRefusedAtTheLineOfTheBadTag() {
        List<PackageProblem> problems = refuse(zip(folder("scorm12/MalformedXml_SCORM12")));
        assertEquals(1, problems.size(), problems.toString());
        PackageProblem syntax = only(XML_SYNTAX, problems);
        assertEquals("imsmanifest.xml", syntax.file());
        // The <item> opened on line 24 is closed by </organization> on line 27.
        assertEquals(27, syntax.line());
        String english = syntax.text(Locale.ENGLISH);
        assertTrue(english.startsWith("imsmanifest.xml, line 27: The file is not well-formed XML: "), english);
        assertTrue(english.contains("\"item\""), english);
    }

    @Test
    void aResourceWithoutHrefIsRefusedAsNothingToLaunch() {
        List<PackageProblem> problems = refuse(zip(folder("scorm12/MissingLaunchUrl_SCORM12")));
        PackageProblem missing = only(MISSING_LAUNCH, problems);
        assertEquals("imsmanifest.xml", missing.file());
        assertEquals(30, missing.line());
        assertEquals(List.of("resource_1"), missing.args());
        assertEquals("imsmanifest.xml, linje 30: 'resource_1' angiver ikke, hvad der skal startes (ingen href, url eller launch).",
                missing.text(Locale.forLanguageTag("da-DK")));
        // Its one <file> is not in the package either.
        assertEquals(List.of("content/index.html"), only(FILE_MISSING, problems).args());
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void everyFileTheManifestNamesButTheZipLacksIsNamedOnce() {
        List<PackageProblem> problems = refuse(zip(folder("scorm12/InvalidFileReferences_SCORM12")));
        assertTrue(problems.stream().allMatch(p -> p.reason() == FILE_MISSING && p.file().equals("imsmanifest.xml")), problems.toString());
        assertEquals(List.of("content/nonexistent.html", "content/nonexistent.js", "content/nonexistent.css",
                "content/nonexistent_asset.html"), problems.stream().map(p -> p.args().get(0)).toList());
        assertEquals(List.of(26, 28, 29, 32), problems.stream().map(PackageProblem::line).toList());
    }

    @Test
    void anOrganizationWithoutIdentifierIsRefused() {
        List<PackageProblem> problems = refuse(zip(folder("scorm2004/InvalidMissingOrgIdentifier_SCORM20043rdEdition")));
        PackageProblem missing = only(MISSING_IDENTIFIER, problems);
        assertEquals("imsmanifest.xml", missing.file());
        assertEquals(12, missing.line());
        assertEquals(List.of("organization"), missing.args());
        assertEquals("imsmanifest.xml, line 12: <organization> has no identifier.", missing.text(Locale.ENGLISH));
        // Like MinimalValid, it lacks its index.html; the unmatched default organisation is not reported twice.
        assertEquals(List.of(MISSING_IDENTIFIER, FILE_MISSING), problems.stream().map(PackageProblem::reason).toList());
    }
}
