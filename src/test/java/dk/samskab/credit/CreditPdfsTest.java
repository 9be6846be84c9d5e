package dk.samskab.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.platform.Text;
import dk.samskab.testsupport.PdfReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The certificate and the transcript as assistive technology reads them (PDF/UA-1 as far as it
 * can be checked without a validator): tags in reading order, languages, title, fonts.
 */
class CreditPdfsTest {

    private static final String URL = "https://samskab.example.dk/verify/K7QW2MZP9XR4TB6D";

    private static final VerifiedCertificate CERTIFICATE = new VerifiedCertificate("K7QW2MZP9XR4TB6D", "Åse Ørum-Nielsen",
            "SAM-101", new Text("Samskabelse i praksis", "Co-creation in practice"), LocalDate.of(2026, 3, 5),
            new BigDecimal("5.0"), "Københavns Professionshøjskole");

    /** What every accessible PDF here must have, whatever its content. */
    private static void assertAccessibleDocument(PdfReading pdf, String title) {
        assertTrue(pdf.marked, "/MarkInfo /Marked true");
        assertEquals("da", pdf.lang, "the catalogue's /Lang");
        assertEquals(title, pdf.infoTitle, "the title in the document information");
        assertEquals(title, pdf.xmpTitle, "dc:title in the XMP metadata");
        assertEquals("1", pdf.pdfUaPart, "the XMP claims PDF/UA-1");
        assertTrue(pdf.displayDocTitle, "viewers show the title, not the file name");
        assertFalse(pdf.fonts.isEmpty());
        assertEquals(List.of(), pdf.fontsNotEmbedded, "every font is embedded");
        assertEquals("", pdf.untaggedText, "all text is either tagged or an artifact");
        assertEquals(java.util.Set.of(), pdf.orphanMarkedContent, "every marked-content sequence belongs to an element");
        assertEquals("Document", pdf.structure.get(0).type());
    }

    @Test
    void theCertificateIsTaggedInReadingOrderWithEnglishMarkedAsEnglish() {
        PdfReading pdf = PdfReading.of(CertificatePdf.render(CERTIFICATE, URL));

        assertAccessibleDocument(pdf, "Kursusbevis / Certificate – Samskabelse i praksis");
        assertEquals(1, pdf.pages);
        assertEquals(List.of(
                "Document",
                "H1", "Span[da] Kursusbevis", "Span[en] Certificate of completion",
                "P Åse Ørum-Nielsen",
                "P", "Span[da] har gennemført kurset", "Span[en] has completed the course",
                "H2 Samskabelse i praksis",
                "P[en] Co-creation in practice",
                "P SAM-101",
                "P", "Span[da] Dato: 5. marts 2026", "Span[en] Date: 5 March 2026",
                "P", "Span[da] 5 ECTS-point – Københavns Professionshøjskole",
                "Span[en] 5 ECTS credits – Københavns Professionshøjskole",
                "P", "Span[da] Bekræft beviset på " + URL, "Span[en] Verify this certificate at " + URL,
                "P", "Span[da] Kode: K7QW2MZP9XR4TB6D", "Span[en] Code: K7QW2MZP9XR4TB6D"),
                pdf.structure.stream().map(PdfReading.Tagged::brief).toList());
        for (String shown : List.of("Kursusbevis", "Åse Ørum-Nielsen", "Samskabelse i praksis", "Co-creation in practice",
                "SAM-101", "5 ECTS-point", "Københavns Professionshøjskole", URL, "K7QW2MZP9XR4TB6D")) {
            assertTrue(pdf.text.contains(shown), "the page shows " + shown + ":\n" + pdf.text);
        }
        assertEquals("", pdf.artifactText, "the border is decoration without text");
    }

    @Test
    void aCertificateWithoutEctsLeavesTheCreditsOut() {
        VerifiedCertificate volunteer = new VerifiedCertificate("ABCDEFGHJKMNPQRS", "Fatima Hassan", "FRI-001",
                new Text("Frivillig i samarbejde med kommunen", "Volunteering with the municipality"), LocalDate.of(2026, 1, 31),
                null, null);
        PdfReading pdf = PdfReading.of(CertificatePdf.render(volunteer, URL));

        assertAccessibleDocument(pdf, "Kursusbevis / Certificate – Frivillig i samarbejde med kommunen");
        assertFalse(pdf.taggedText().contains("ECTS"), pdf.taggedText());
        assertTrue(pdf.taggedText().contains("Dato: 31. januar 2026 Date: 31 January 2026"), pdf.taggedText());
    }

    private static GradingService.TranscriptLine graded(int i) {
        return new GradingService.TranscriptLine("SAM-1" + String.format("%02d", i),
                new Text("Samskabelse i praksis " + i, "Co-creation in practice " + i),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19), "7", "C", new BigDecimal("5.0"),
                "Københavns Professionshøjskole");
    }

    private static final GradingService.TranscriptLine PASS_FAIL = new GradingService.TranscriptLine("EVA-202",
            new Text("Evaluering af samarbejder", "Evaluating partnerships"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 27),
            null, null, new BigDecimal("2.5"), "VIA University College");

    /** The cells of each body row, as a screen reader's table navigation reads them. */
    private static List<List<String>> bodyRows(PdfReading pdf) {
        List<List<String>> rows = new ArrayList<>();
        boolean inBody = false;
        for (int i = 0; i < pdf.structure.size(); i++) {
            PdfReading.Tagged element = pdf.structure.get(i);
            if (element.type().equals("TBody")) {
                inBody = true;
            } else if (inBody && element.type().equals("TR")) {
                rows.add(new ArrayList<>());
            } else if (inBody && element.type().equals("TD")) {
                rows.get(rows.size() - 1).add(pdf.subtreeText(i));
            } else if (inBody && element.depth() <= 1) {
                inBody = false;
            }
        }
        return rows;
    }

    @Test
    void theTranscriptIsATableWithColumnHeadersAndOneRowPerAward() {
        PdfReading pdf = PdfReading.of(TranscriptPdf.render("Åse Ørum-Nielsen", List.of(graded(1), PASS_FAIL)));

        assertAccessibleDocument(pdf, "Karakterudskrift / Transcript of Records – Åse Ørum-Nielsen");
        List<String> types = pdf.types();
        assertEquals(List.of("Document", "H1", "Span", "Span", "P", "Table", "THead", "TR"), types.subList(0, 8));
        assertEquals(List.of("Kode Code", "Kursus Course", "Periode Period", "Karakter Grade", "ECTS-karakter ECTS grade",
                "ECTS", "Udbyder Awarded by"), pdf.textsOf("TH"));
        pdf.structure.stream().filter(e -> e.type().equals("TH"))
                .forEach(th -> assertEquals(List.of("Scope=Column"), th.attributes(), "a column header"));
        assertEquals(List.of(
                List.of("SAM-101", "Samskabelse i praksis 1 Co-creation in practice 1", "2025-09-01 – 2025-12-19", "7", "C", "5",
                        "Københavns Professionshøjskole"),
                List.of("EVA-202", "Evaluering af samarbejder Evaluating partnerships", "2026-01-05 – 2026-02-27",
                        "Bestået Passed", "–", "2.5", "VIA University College")),
                bodyRows(pdf));
        assertTrue(pdf.structure.stream().anyMatch(e -> e.brief().equals("Span[en] Co-creation in practice 1")),
                "the English course title is marked as English");
        assertTrue(pdf.structure.stream().anyMatch(e -> e.brief().equals("Span[en] Passed")));
        List<String> afterTable = types.subList(types.lastIndexOf("TD") + 1, types.size());
        assertEquals(List.of("P", "Span", "Span", "H2", "Span", "Span", "P", "P"), afterTable,
                "after the table: the total, the grading system's heading and its Danish and English explanation");
        assertTrue(pdf.textsOf("P").contains("ECTS i alt: 7.5 Total ECTS: 7.5"), pdf.textsOf("P").toString());
        assertEquals(List.of("Karakterskala Grading system"), pdf.textsOf("H2"));
        assertTrue(pdf.structure.stream().anyMatch(e -> e.type().equals("P") && "en".equals(e.lang())
                && e.text().startsWith("The Danish 7-point scale")), "the English explanation is marked as English");
        for (String shown : List.of("Åse Ørum-Nielsen", "SAM-101", "Københavns Professionshøjskole", "Bestået", "2.5")) {
            assertTrue(pdf.text.contains(shown), shown);
        }
        assertEquals("Side 1 · Page 1", pdf.artifactText, "the page number is an artifact");
    }

    @Test
    void aLongTranscriptGoesOnOverPagesWithTheHeaderRepeatedAsAnArtifact() {
        List<GradingService.TranscriptLine> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            lines.add(graded(i));
        }
        PdfReading pdf = PdfReading.of(TranscriptPdf.render("Åse Ørum-Nielsen", lines));

        assertAccessibleDocument(pdf, "Karakterudskrift / Transcript of Records – Åse Ørum-Nielsen");
        assertTrue(pdf.pages > 1, "40 awards need more than one landscape page");
        assertEquals(1, pdf.types().stream().filter("Table"::equals).count(), "one table across the pages");
        assertEquals(7, pdf.textsOf("TH").size(), "the header is tagged once");
        List<List<String>> rows = bodyRows(pdf);
        assertEquals(40, rows.size());
        for (int i = 1; i <= 40; i++) {
            assertEquals(lines.get(i - 1).courseCode(), rows.get(i - 1).get(0), "row " + i + " in order");
        }
        assertTrue(pdf.artifactText.contains("Side " + pdf.pages + " · Page " + pdf.pages), pdf.artifactText);
        assertTrue(pdf.artifactText.contains("Kode Code"), "the repeated header: " + pdf.artifactText);
        assertTrue(pdf.textsOf("P").contains("ECTS i alt: 200 Total ECTS: 200"), pdf.textsOf("P").toString());
    }

    @Test
    void aPassageLongerThanAPageGoesOnOverTheNextPageInTheSameElement() {
        String longName = String.join(" ", java.util.Collections.nCopies(700, "Ørum-Nielsen"));
        PdfReading pdf = PdfReading.of(TranscriptPdf.render(longName, List.of(PASS_FAIL)));

        assertTrue(pdf.pages > 1, "the name alone fills more than a page");
        assertEquals("", pdf.untaggedText);
        assertEquals(java.util.Set.of(), pdf.orphanMarkedContent);
        assertEquals(longName, pdf.structure.stream().filter(e -> e.type().equals("P")).findFirst().orElseThrow().text(),
                "the name is one paragraph, read whole across the page break");
        assertEquals(1, pdf.textsOf("TD").stream().filter("EVA-202"::equals).count(), "the table follows the name");
    }

    @Test
    void anEmptyTranscriptSaysSoInsteadOfShowingAnEmptyTable() {
        PdfReading pdf = PdfReading.of(TranscriptPdf.render("Åse Ørum-Nielsen", List.of()));

        assertAccessibleDocument(pdf, "Karakterudskrift / Transcript of Records – Åse Ørum-Nielsen");
        assertFalse(pdf.types().contains("Table"));
        assertTrue(pdf.textsOf("P").contains("Ingen beståede kurser med ECTS-point endnu. No passed courses with ECTS credits yet."),
                pdf.textsOf("P").toString());
    }
}
