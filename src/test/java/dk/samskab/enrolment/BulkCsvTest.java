package dk.samskab.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.organisation.MembershipRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every kind of bad line is reported by line number, and then no one is imported. */
class BulkCsvTest {

    private static final Set<String> SCOPE = Set.of("kommune-aarhus", "roede-kors");
    private static final Set<String> KNOWN = Set.of("kommune-aarhus", "roede-kors", "kommune-roskilde");
    private static final String HEADER = "navn;e-mail;organisation;rolle\n";
    private static final String GOOD = "Hanne Kristensen;hanne@aarhus.dk;kommune-aarhus;fagprofessionel\n";

    private static BulkCsv.Result read(String text) {
        return BulkCsv.read(text.getBytes(StandardCharsets.UTF_8), SCOPE, KNOWN);
    }

    /** Each bad file with the one problem it must give: line, kind and the value the message shows, known beforehand. */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("missing e-mail", HEADER + GOOD + "Ali Hassan;;roede-kors;frivillig\n", 3, "emailMissing", ""),
                Arguments.of("bad e-mail", HEADER + GOOD + "Ali Hassan;ali(at)example.dk;roede-kors;frivillig\n", 3, "emailInvalid",
                        "ali(at)example.dk"),
                Arguments.of("e-mail without domain", HEADER + "Ali Hassan;ali@example;roede-kors;frivillig\n", 2, "emailInvalid",
                        "ali@example"),
                Arguments.of("unknown organisation", HEADER + "Ali Hassan;ali@example.dk;roede-kors-aarhus;frivillig\n", 2,
                        "organisationUnknown", "roede-kors-aarhus"),
                Arguments.of("organisation outside the scope", HEADER + "Lone;lone@roskilde.dk;kommune-roskilde;leder\n", 2,
                        "organisationOutOfScope", "kommune-roskilde"),
                Arguments.of("missing organisation", HEADER + "Ali Hassan;ali@example.dk;;frivillig\n", 2, "organisationMissing", ""),
                Arguments.of("missing name", HEADER + ";ali@example.dk;roede-kors;frivillig\n", 2, "nameMissing", ""),
                Arguments.of("name too long", HEADER + "A".repeat(201) + ";ali@example.dk;roede-kors;frivillig\n", 2, "nameTooLong", ""),
                Arguments.of("unknown role", HEADER + "Ali Hassan;ali@example.dk;roede-kors;chef\n", 2, "roleUnknown", "chef"),
                Arguments.of("missing role", HEADER + "Ali Hassan;ali@example.dk;roede-kors;\n", 2, "roleMissing", ""),
                Arguments.of("duplicate e-mail with another name", HEADER + GOOD + "Hanne Jensen;hanne@aarhus.dk;roede-kors;frivillig\n",
                        3, "duplicateName", "hanne@aarhus.dk (2)"),
                Arguments.of("formula injection", HEADER + "=HYPERLINK(\"https://evil.example\",\"Klik\");x@example.dk;roede-kors;frivillig\n",
                        2, "formula", "=HYPERLINK(\"https://evil.example\",\"Klik\")"),
                Arguments.of("formula with plus", HEADER + "+Ali;ali@example.dk;roede-kors;frivillig\n", 2, "formula", "+Ali"),
                Arguments.of("formula with at", HEADER + "Ali;@SUM(A1);roede-kors;frivillig\n", 2, "formula", "@SUM(A1)"),
                Arguments.of("formula after a semicolon inside a quoted name", "name,email,organisation,role\n"
                        + "\"Sec J;=1+1;\",sec@example.dk,roede-kors,volunteer\n", 2, "formula", "Sec J;=1+1;"),
                Arguments.of("formula after a comma inside a quoted name", HEADER + "\"Jensen, -2+3\";ole@example.dk;roede-kors;frivillig\n",
                        2, "formula", "Jensen, -2+3"),
                Arguments.of("control characters", HEADER + "Ali\u0007 Hassan;ali@example.dk;roede-kors;frivillig\n", 2, "control", ""),
                Arguments.of("too few fields", HEADER + "Ali Hassan;ali@example.dk\n", 2, "columns", "2"),
                Arguments.of("unclosed quote", HEADER + "\"Ali Hassan;ali@example.dk;roede-kors;frivillig\n", 2, "quotes", ""),
                Arguments.of("unclosed quote between good lines", HEADER + GOOD + "\"Ali Hassan;ali@example.dk;roede-kors;frivillig\n"
                        + "Ole Berg;ole@example.dk;roede-kors;frivillig\n" + "Eva Holm;eva@example.dk;roede-kors;frivillig\n", 3, "quotes", ""),
                Arguments.of("text after a closed quote", HEADER + GOOD + "\"Ali\" Hassan;ali@example.dk;roede-kors;frivillig\n"
                        + "Ole Berg;ole@example.dk;roede-kors;frivillig\n", 3, "quotes", ""),
                Arguments.of("wrong header", "name;mail;org;role\n" + GOOD, 1, "header", "name, mail, org, role"),
                Arguments.of("empty file", "", 1, "empty", ""),
                Arguments.of("header only", HEADER, 2, "noRows", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadLineIsReportedAndNoOneIsImported(String name, String file, int line, String kind, String value) {
        BulkCsv.Result result = read(file);
        assertTrue(result.people().isEmpty(), "nothing to import when any line is bad");
        assertEquals(List.of(new BulkCsv.Problem(line, kind, value)), result.problems(), name);
    }

    @Test
    void existingPeopleTheManagerMayNotEnrolAreReportedOnTheirFirstLineAlongWithTheOtherProblems() {
        String file = HEADER + GOOD
                + "Lone Sørensen;LONE@demo.samskab.dk;kommune-aarhus;fagprofessionel\n"
                + "Ali Hassan;ali@example;roede-kors;frivillig\n"
                + "Lone Sørensen;lone@demo.samskab.dk;roede-kors;frivillig\n";
        java.util.List<java.util.Collection<String>> asked = new java.util.ArrayList<>();
        BulkCsv.Result result = BulkCsv.read(file.getBytes(StandardCharsets.UTF_8), SCOPE, KNOWN, emails -> {
            asked.add(emails);
            return Set.of("lone@demo.samskab.dk");
        });
        assertEquals(List.of(new BulkCsv.Problem(3, "personOutOfScope", "lone@demo.samskab.dk"),
                new BulkCsv.Problem(4, "emailInvalid", "ali@example")), result.problems());
        assertTrue(result.people().isEmpty());
        assertEquals(List.of(List.of("hanne@aarhus.dk", "lone@demo.samskab.dk")), asked, "asked once, for the good lines' e-mails");
    }

    @Test
    void aFileInTheWrongEncodingIsRefused() {
        byte[] latin1 = (HEADER + "Søren Ålund;soeren@aarhus.dk;kommune-aarhus;leder\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(new BulkCsv.Problem(1, "encoding", "")), BulkCsv.read(latin1, SCOPE, KNOWN).problems());
    }

    @Test
    void goodLinesAreMergedByEmailWithBomCommasAndEnglishWords() {
        String file = "\uFEFFname,email,organisation,role\r\n"
                + "Mette Jensen,METTE@aarhus.dk,kommune-aarhus,professional\r\n"
                + "Mette Jensen,mette@aarhus.dk,roede-kors,volunteer\r\n"
                + "Mette Jensen,mette@aarhus.dk,roede-kors,volunteer\r\n"
                + "\"Jensen, Ole\",ole@example.dk,roede-kors,volunteer coordinator\r\n";
        BulkCsv.Result result = read(file);
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(2, result.people().size());
        assertEquals(Map.of("kommune-aarhus", MembershipRole.PROFESSIONAL, "roede-kors", MembershipRole.VOLUNTEER),
                result.people().get(0).memberships());
        assertEquals("Jensen, Ole", result.people().get(1).name());
        assertEquals(MembershipRole.VOLUNTEER_COORDINATOR, result.people().get(1).memberships().get("roede-kors"));
    }
}
