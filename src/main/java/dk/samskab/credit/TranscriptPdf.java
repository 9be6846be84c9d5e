package dk.samskab.credit;

import static dk.samskab.credit.PdfFonts.BOLD;
import static dk.samskab.credit.TaggedPdf.BRAND;
import static dk.samskab.credit.TaggedPdf.INK;
import static dk.samskab.credit.PdfFonts.REGULAR;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import dk.samskab.credit.TaggedPdf.Cell;
import dk.samskab.credit.TaggedPdf.Run;
import dk.samskab.credit.TaggedPdf.Style;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Transcript of Records as the ECTS Users' Guide describes it: per course the code, title,
 * period, local grade, ECTS grade, credits and awarding provider, and the grading system explained.
 * A tagged PDF: the awards are a table with column headers, read row by row.
 */
public final class TranscriptPdf {

    private static final Style TITLE = new Style(BOLD, 20, BRAND, Element.ALIGN_LEFT, 8);
    private static final Style NAME = new Style(REGULAR, 13, INK, Element.ALIGN_LEFT, 12);
    private static final Style HEADER = new Style(BOLD, 8.5f, INK, Element.ALIGN_LEFT, 0);
    private static final Style CELL = new Style(REGULAR, 8.5f, INK, Element.ALIGN_LEFT, 0);
    private static final Style TOTAL = new Style(BOLD, 10, INK, Element.ALIGN_LEFT, 14);
    private static final Style HEADING = new Style(BOLD, 12, INK, Element.ALIGN_LEFT, 4);
    private static final Style BODY = new Style(REGULAR, 8.5f, INK, Element.ALIGN_LEFT, 6);

    private static final float[] COLUMNS = {1.2f, 3.8f, 2.2f, 1.1f, 1.5f, 0.8f, 2.8f};
    private static final List<Cell> HEADERS = List.of(
            new Cell(Run.da("Kode"), Run.en("Code")),
            new Cell(Run.da("Kursus"), Run.en("Course")),
            new Cell(Run.da("Periode"), Run.en("Period")),
            new Cell(Run.da("Karakter"), Run.en("Grade")),
            new Cell(Run.da("ECTS-karakter"), Run.en("ECTS grade")),
            new Cell(Run.plain("ECTS")),
            new Cell(Run.da("Udbyder"), Run.en("Awarded by")));

    private TranscriptPdf() {
    }

    public static byte[] render(String learnerName, List<GradingService.TranscriptLine> lines) {
        TaggedPdf pdf = new TaggedPdf(PageSize.A4.rotate(), 36, 36, 42, 42,
                "Karakterudskrift / Transcript of Records – " + learnerName, page -> "Side " + page + " · Page " + page);
        pdf.block(PdfName.H1, TITLE, Run.da("Karakterudskrift"), Run.en("Transcript of Records"));
        pdf.block(PdfName.P, NAME, Run.plain(learnerName));
        BigDecimal total = BigDecimal.ZERO;
        if (lines.isEmpty()) {
            pdf.block(PdfName.P, NAME, Run.da("Ingen beståede kurser med ECTS-point endnu."),
                    Run.en("No passed courses with ECTS credits yet."));
        } else {
            List<List<Cell>> rows = new ArrayList<>();
            for (GradingService.TranscriptLine line : lines) {
                rows.add(List.of(
                        new Cell(Run.plain(line.courseCode())),
                        new Cell(Run.da(line.courseTitle().da()), Run.en(line.courseTitle().en())),
                        new Cell(Run.plain(line.from() + " – " + line.to())),
                        line.grade() == null ? new Cell(Run.da("Bestået"), Run.en("Passed")) : new Cell(Run.plain(line.grade())),
                        new Cell(Run.plain(line.ectsLetter() == null ? "–" : line.ectsLetter())),
                        new Cell(Run.plain(line.ects().stripTrailingZeros().toPlainString())),
                        new Cell(Run.plain(line.provider()))));
                total = total.add(line.ects());
            }
            pdf.table(COLUMNS, HEADERS, rows, HEADER, CELL);
            pdf.space(8);
        }
        String sum = total.stripTrailingZeros().toPlainString();
        pdf.block(PdfName.P, TOTAL, Run.da("ECTS i alt: " + sum), Run.en("Total ECTS: " + sum));
        pdf.block(PdfName.H2, HEADING, Run.da("Karakterskala"), Run.en("Grading system"));
        pdf.block(PdfName.P, BODY, Run.da("Den danske 7-trinsskala: 12 (A) fremragende, 10 (B) fortrinlig, 7 (C) god, "
                + "4 (D) jævn, 02 (E) tilstrækkelig – laveste bestået karakter, 00 (Fx) utilstrækkelig, -3 (F) ringe. "
                + "Bestået: bedømt bestået/ikke bestået, uden ECTS-karakter. "
                + "ECTS-point tildeles kun for en bestået bedømmelse. 1 ECTS-point svarer til ca. 27,5 timers arbejde."));
        pdf.block(PdfName.P, BODY, Run.en("The Danish 7-point scale: 12 (A) excellent, 10 (B) very good, 7 (C) good, "
                + "4 (D) fair, 02 (E) sufficient – the lowest pass, 00 (Fx) insufficient, -3 (F) unacceptable. "
                + "Passed: assessed pass/fail, with no ECTS grade. "
                + "ECTS credits are awarded only for a passed assessment. 1 ECTS credit is about 27.5 hours of work."));
        return pdf.finish();
    }
}
