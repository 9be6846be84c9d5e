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

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("missing e-mail", HEADER + GOOD + "Ali Hassan;;roede-kors;frivillig\n", 3, "emailMissing"),
                Arguments.of("bad e-mail", HEADER + GOOD + "Ali Hassan;ali(at)example.dk;roede-kors;frivillig\n", 3, "emailInvalid"),
                Arguments.of("e-mail without domain", HEADER + "Ali Hassan;ali@example;roede-kors;frivillig\n", 2, "emailInvalid"),
                Arguments.of("unknown organisation", HEADER + "Ali Hassan;ali@example.dk;roede-kors-aarhus;frivillig\n", 2, "organisationUnknown"),
                Arguments.of("organisation outside the scope", HEADER + "Lone;lone@roskilde.dk;kommune-roskilde;leder\n", 2, "organisationOutOfScope"),
                Arguments.of("missing organisation", HEADER + "Ali Hassan;ali@example.dk;;frivillig\n", 2, "organisationMissing"),
                Arguments.of("missing name", HEADER + ";ali@example.dk;roede-kors;frivillig\n", 2, "nameMissing"),
                Arguments.of("name too long", HEADER + "A".repeat(201) + ";ali@example.dk;roede-kors;frivillig\n", 2, "nameTooLong"),
                Arguments.of("unknown role", HEADER + "Ali Hassan;ali@example.dk;roede-kors;chef\n", 2, "roleUnknown"),
                Arguments.of("missing role", HEADER + "Ali Hassan;ali@example.dk;roede-kors;\n", 2, "roleMissing"),
                Arguments.of("duplicate e-mail with another name", HEADER + GOOD + "Hanne Jensen;hanne@aarhus.dk;roede-kors;frivillig\n",
                        3, "duplicateName"),
                Arguments.of("formula injection", HEADER + "=HYPERLINK(\"https://evil.example\",\"Klik\");x@example.dk;roede-kors;frivillig\n",
                        2, "formula"),
                Arguments.of("formula with plus", HEADER + "+Ali;ali@example.dk;roede-kors;frivillig\n", 2, "formula"),
                Arguments.of("formula with at", HEADER + "Ali;@SUM(A1);roede-kors;frivillig\n", 2, "formula"),
                Arguments.of("control characters", HEADER + "Ali\u0007 Hassan;ali@example.dk;roede-kors;frivillig\n", 2, "control"),
                Arguments.of("too few fields", HEADER + "Ali Hassan;ali@example.dk\n", 2, "columns"),
                Arguments.of("unclosed quote", HEADER + "\"Ali Hassan;ali@example.dk;roede-kors;frivillig\n", 1, "quotes"),
                Arguments.of("wrong header", "name;mail;org;role\n" + GOOD, 1, "header"),
                Arguments.of("empty file", "", 1, "empty"),
                Arguments.of("header only", HEADER, 2, "noRows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadLineIsReportedAndNoOneIsImported(String name, String file, int line, String kind) {
        BulkCsv.Result result = read(file);
        assertTrue(result.people().isEmpty(), "nothing to import when any line is bad");
        assertTrue(result.problems().contains(new BulkCsv.Problem(line, kind, result.problems().stream()
                .filter(p -> p.kind().equals(kind)).findFirst().map(BulkCsv.Problem::value).orElse("?"))),
                name + ": " + result.problems());
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
