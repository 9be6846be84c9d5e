package dk.samskab.elearning;

import static dk.samskab.elearning.Packages.accept;
import static dk.samskab.elearning.Packages.files;
import static dk.samskab.elearning.Packages.only;
import static dk.samskab.elearning.Packages.refuse;
import static dk.samskab.elearning.Packages.zip;
import static dk.samskab.elearning.PackageProblem.Reason.DUPLICATE_IDENTIFIER;
import static dk.samskab.elearning.PackageProblem.Reason.NOTHING_TO_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.NOT_LAUNCHABLE;
import static dk.samskab.elearning.PackageProblem.Reason.NO_ORGANIZATION;
import static dk.samskab.elearning.PackageProblem.Reason.NO_SCHEMA_VERSION;
import static dk.samskab.elearning.PackageProblem.Reason.OUTSIDE_PACKAGE;
import static dk.samskab.elearning.PackageProblem.Reason.OUT_OF_RANGE;
import static dk.samskab.elearning.PackageProblem.Reason.UNKNOWN_DEFAULT_ORGANIZATION;
import static dk.samskab.elearning.PackageProblem.Reason.UNKNOWN_RESOURCE;
import static dk.samskab.elearning.PackageProblem.Reason.UNSUPPORTED_VERSION;
import static dk.samskab.elearning.PackageProblem.Reason.WRONG_ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SCORM manifests written for the tests: a 4th edition multi-SCO course, 1.2's mastery score, and what breaks them. */
class ScormManifestTest {

    private static final String FOURTH_EDITION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="dk.samskab.test.frivillig" version="1"
                xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
                xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
                xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
              <metadata>
                <schema>ADL SCORM</schema>
                <schemaversion>2004 4th Edition</schemaversion>
              </metadata>
              <organizations default="kursus">
                <organization identifier="andet"><title>Anden visning</title>
                  <item identifier="andet_1" identifierref="kilder"><title>Kun kilder</title></item>
                </organization>
                <organization identifier="kursus">
                  <title>Frivillig i kommunen</title>
                  <item identifier="modul_1">
                    <title>Modul 1</title>
                    <item identifier="intro" identifierref="sco_intro" parameters="?side=1">
                      <title>Introduktion</title>
                    </item>
                    <item identifier="test" identifierref="sco_test">
                      <title>Test</title>
                      <imsss:sequencing>
                        <imsss:objectives>
                          <imsss:primaryObjective objectiveID="bestaaet" satisfiedByMeasure="true">
                            <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
                          </imsss:primaryObjective>
                        </imsss:objectives>
                      </imsss:sequencing>
                    </item>
                  </item>
                  <item identifier="afslutning" identifierref="kilder"><title>Kilder</title></item>
                  <imsss:sequencing>
                    <imsss:controlMode choice="false" flow="true" forwardOnly="true"/>
                  </imsss:sequencing>
                </organization>
              </organizations>
              <resources xml:base="indhold/">
                <resource identifier="sco_intro" type="webcontent" adlcp:scormType="sco" href="intro.html">
                  <file href="intro.html"/>
                  <dependency identifierref="faelles"/>
                </resource>
                <resource identifier="sco_test" type="webcontent" adlcp:scormType="sco" xml:base="test/" href="test.html#start">
                  <file href="test.html"/>
                </resource>
                <resource identifier="kilder" type="webcontent" adlcp:scormType="asset" href="kilder%20og%20links.pdf"/>
                <resource identifier="faelles" type="webcontent" adlcp:scormType="asset">
                  <file href="../faelles/stil.css"/>
                </resource>
              </resources>
            </manifest>
            """;

    private static Map<String, byte[]> fourthEdition() {
        return files("imsmanifest.xml", FOURTH_EDITION, "indhold/intro.html", "<p>Intro</p>", "indhold/test/test.html", "<p>Test</p>",
                "indhold/kilder og links.pdf", "%PDF", "faelles/stil.css", "p {}");
    }

    private static String scorm12(String masteryScore) {
        return """
                <?xml version="1.0"?>
                <manifest identifier="dk.samskab.test.tolv" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <organizations default="o">
                    <organization identifier="o"><title>Tolv</title>
                      <item identifier="i" identifierref="r"><title>Side</title>
                        <adlcp:masteryscore>%s</adlcp:masteryscore>
                      </item>
                    </organization>
                  </organizations>
                  <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="side.html"/></resources>
                </manifest>
                """.formatted(masteryScore);
    }

    @Test
    void aFourthEditionMultiScoCourseIsAcceptedWithItsItemsInDocumentOrder() throws Exception {
        ElearningPackage course = accept(zip(fourthEdition()));
        assertEquals(PackageStandard.SCORM_2004, course.standard());
        assertEquals("2004 4th Edition", course.edition());
        assertEquals("dk.samskab.test.frivillig", course.identifier());
        assertEquals("Frivillig i kommunen", course.title(), "the default organisation, not the first");
        assertEquals(List.of("intro", "test", "afslutning"), course.items().stream().map(LaunchItem::identifier).toList());
        assertEquals(List.of("Introduktion", "Test", "Kilder"), course.items().stream().map(LaunchItem::title).toList());
        // xml:base of <resources> and of the resource, the item's parameters, the href's fragment kept.
        assertEquals(List.of("indhold/intro.html?side=1", "indhold/test/test.html#start", "indhold/kilder og links.pdf"),
                course.items().stream().map(LaunchItem::launchPath).toList());
        assertEquals(List.of("indhold/intro.html", "indhold/test/test.html", "indhold/kilder og links.pdf"),
                course.items().stream().map(LaunchItem::launchFile).toList());
        assertEquals(List.of(true, true, false), course.items().stream().map(LaunchItem::sco).toList());
        assertNull(course.items().get(0).masteryScore());
        assertEquals(new BigDecimal("0.8"), course.items().get(1).masteryScore());
        assertEquals(new ControlMode(false, true, true), course.controlMode());
        assertTrue(course.controlMode().forcedSequential());
        assertEquals(5, course.files().size());
    }

    @Test
    void satisfiedByMeasureWithoutAMeasureMeansTheDefaultOne() throws Exception {
        Map<String, byte[]> files = fourthEdition();
        files.put("imsmanifest.xml", FOURTH_EDITION.replace("<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>", "")
                .getBytes());
        assertEquals(0, BigDecimal.ONE.compareTo(accept(zip(files)).items().get(1).masteryScore()));
        files.put("imsmanifest.xml", FOURTH_EDITION.replace("satisfiedByMeasure=\"true\"", "satisfiedByMeasure=\"false\"").getBytes());
        assertNull(accept(zip(files)).items().get(1).masteryScore(), "the score does not decide passing");
    }

    @Test
    void scorm12MasteryScoreIsOnItsOwnScale() throws Exception {
        ElearningPackage tolv = accept(zip(files("imsmanifest.xml", scorm12("80"), "side.html", "<p>")));
        assertEquals(PackageStandard.SCORM_12, tolv.standard());
        assertEquals("1.2", tolv.edition(), "no metadata: SCORM 1.2's namespace says it");
        assertEquals(new BigDecimal("80"), tolv.items().get(0).masteryScore());
        assertNull(tolv.controlMode());
    }

    @Test
    void aMasteryScoreOutOfRangeIsRefused() {
        for (String score : List.of("150", "-1", "høj")) {
            PackageProblem range = only(OUT_OF_RANGE, refuse(zip(files("imsmanifest.xml", scorm12(score), "side.html", "<p>"))));
            assertEquals(7, range.line());
            assertEquals(List.of("adlcp:masteryscore", score, "0", "100"), range.args());
        }
        PackageProblem range = only(OUT_OF_RANGE, refuse(zip(files("imsmanifest.xml", scorm12("150"), "side.html", "<p>"))));
        assertEquals("imsmanifest.xml, linje 7: adlcp:masteryscore skal være et tal fra 0 til 100, ikke '150'.",
                range.text(new Locale("da")));
    }

    @Test
    void aResourceOrFileOutsideThePackageIsRefused() {
        Map<String, byte[]> files = fourthEdition();
        files.put("imsmanifest.xml", FOURTH_EDITION.replace("href=\"intro.html\">", "href=\"../../x.html\">")
                .replace("<file href=\"test.html\"/>", "<file href=\"../../../y.html\"/>").getBytes());
        List<PackageProblem> problems = refuse(zip(files));
        assertEquals(List.of(OUTSIDE_PACKAGE, OUTSIDE_PACKAGE), problems.stream().map(PackageProblem::reason).toList(),
                problems.toString());
        assertEquals(List.of("../../x.html", "../../../y.html"), problems.stream().map(p -> p.args().get(0)).toList());
        assertEquals(List.of(41, 46), problems.stream().map(PackageProblem::line).toList());
        assertTrue(problems.stream().allMatch(p -> p.file().equals("imsmanifest.xml")));
    }

    @Test
    void editionsAreReadFromTheSchemaVersion() throws Exception {
        Map<String, String> editions = Map.of("CAM 1.3", "2004 2nd Edition", "2004 3rd Edition", "2004 3rd Edition",
                " SCORM 2004  4th  Edition ", "2004 4th Edition");
        for (Map.Entry<String, String> edition : editions.entrySet()) {
            Map<String, byte[]> files = fourthEdition();
            files.put("imsmanifest.xml", FOURTH_EDITION.replace("2004 4th Edition", edition.getKey()).getBytes());
            assertEquals(edition.getValue(), accept(zip(files)).edition(), edition.getKey());
        }
    }

    @Test
    void anUnknownOrMissingVersionIsRefused() {
        Map<String, byte[]> files = fourthEdition();
        files.put("imsmanifest.xml", FOURTH_EDITION.replace("2004 4th Edition", "CAM 1.4").getBytes());
        PackageProblem unknown = only(UNSUPPORTED_VERSION, refuse(zip(files)));
        assertEquals(List.of("CAM 1.4"), unknown.args());
        assertEquals(10, unknown.line());
        files.put("imsmanifest.xml", FOURTH_EDITION.replace("<schemaversion>2004 4th Edition</schemaversion>", "").getBytes());
        assertEquals(8, only(NO_SCHEMA_VERSION, refuse(zip(files))).line());
    }

    @Test
    void brokenReferencesAreEachNamed() {
        Map<String, byte[]> files = fourthEdition();
        files.put("imsmanifest.xml", FOURTH_EDITION.replace("identifierref=\"sco_test\"", "identifierref=\"sco_tset\"")
                .replace("identifierref=\"faelles\"", "identifierref=\"faeles\"")
                .replace("adlcp:scormType=\"asset\" href=", "adlcp:scormType=\"other\" href=")
                .replace("identifier=\"afslutning\"", "identifier=\"intro\"").getBytes());
        List<PackageProblem> problems = refuse(zip(files));
        assertEquals(List.of("sco_tset"), only(UNKNOWN_RESOURCE, problems.stream().filter(p -> p.line() == 23).toList()).args());
        assertEquals(List.of("faeles"), only(UNKNOWN_RESOURCE, problems.stream().filter(p -> p.line() == 43).toList()).args());
        assertEquals(List.of("kilder", "other"), only(NOT_LAUNCHABLE, problems).args());
        assertEquals(List.of("intro"), only(DUPLICATE_IDENTIFIER, problems).args());
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void anUnknownDefaultOrganisationIsRefused() {
        Map<String, byte[]> files = fourthEdition();
        files.put("imsmanifest.xml", FOURTH_EDITION.replace("default=\"kursus\"", "default=\"kurus\"").getBytes());
        PackageProblem unknown = only(UNKNOWN_DEFAULT_ORGANIZATION, refuse(zip(files)));
        assertEquals(List.of("kurus"), unknown.args());
        assertEquals(12, unknown.line());
    }

    @Test
    void aManifestWithoutOrganisationOrItemsHasNothingToLaunch() {
        String noOrganization = """
                <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">
                  <organizations/>
                  <resources/>
                </manifest>""";
        assertEquals(2, only(NO_ORGANIZATION, refuse(zip(files("imsmanifest.xml", noOrganization)))).line());
        String noItems = noOrganization.replace("<organizations/>", "<organizations><organization identifier=\"o\"/></organizations>");
        assertEquals(NOTHING_TO_LAUNCH, refuse(zip(files("imsmanifest.xml", noItems))).get(0).reason());
        PackageProblem root = only(WRONG_ROOT, refuse(zip(files("imsmanifest.xml", "<html/>"))));
        assertEquals(List.of("manifest", "html"), root.args());
    }

    @Test
    void parametersJoinTheHrefAsScormDescribes() {
        assertEquals("a.html?x=1", ScormReader.withParameters("a.html", "?x=1"));
        assertEquals("a.html?x=1", ScormReader.withParameters("a.html", "x=1"));
        assertEquals("a.html?y=2&x=1", ScormReader.withParameters("a.html?y=2", "&x=1"));
        assertEquals("a.html?x=1#top", ScormReader.withParameters("a.html#top", "x=1"));
        assertEquals("a.html#p2", ScormReader.withParameters("a.html", "#p2"));
        assertEquals("a.html#top", ScormReader.withParameters("a.html#top", "#p2"));
        assertEquals("a.html", ScormReader.withParameters("a.html", null));
        assertFalse(ScormReader.withParameters("a.html", "?").contains("?"));
    }
}
