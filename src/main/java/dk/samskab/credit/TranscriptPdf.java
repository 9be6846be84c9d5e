package dk.samskab.credit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.samskab.platform.Dates;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A Transcript of Records as the ECTS Users' Guide describes it: per course the code, title,
 * period, local grade, ECTS grade, credits and awarding provider, and the grading system explained.
 */
public final class TranscriptPdf {

    /** The transcript is bilingual; its dates are written the Danish way, as on the certificate. */
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private TranscriptPdf() {
    }

    public static byte[] render(String learnerName, List<GradingService.TranscriptLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 48, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Transcript of Records – " + learnerName);
            document.open();
            Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
            Font header = new Font(Font.HELVETICA, 9, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 9);
            document.add(new Paragraph("Karakterudskrift / Transcript of Records", title));
            document.add(new Paragraph(learnerName, new Font(Font.HELVETICA, 12)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {1.2f, 4f, 2.2f, 1f, 1f, 1f, 3f});
            table.setWidthPercentage(100);
            for (String column : List.of("Kode / Code", "Kursus / Course", "Periode / Period", "Karakter / Grade",
                    "ECTS-karakter / ECTS grade", "ECTS", "Udbyder / Awarded by")) {
                table.addCell(new Paragraph(column, header));
            }
            BigDecimal total = BigDecimal.ZERO;
            for (GradingService.TranscriptLine line : lines) {
                table.addCell(new Paragraph(line.courseCode(), body));
                table.addCell(new Paragraph(line.courseTitle().da() + " / " + line.courseTitle().en(), body));
                table.addCell(new Paragraph(Dates.longDate(line.from(), DANISH) + " – " + Dates.longDate(line.to(), DANISH), body));
                table.addCell(new Paragraph(line.grade() == null ? "Bestået / Passed" : line.grade(), body));
                table.addCell(new Paragraph(line.ectsLetter() == null ? "–" : line.ectsLetter(), body));
                table.addCell(new Paragraph(line.ects().stripTrailingZeros().toPlainString(), body));
                table.addCell(new Paragraph(line.provider(), body));
                total = total.add(line.ects());
            }
            document.add(table);
            document.add(new Paragraph("ECTS i alt / total: " + total.stripTrailingZeros().toPlainString(), header));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Karakterskala / Grading system: den danske 7-trinsskala / the Danish 7-point scale. "
                    + "12 (A) fremragende / excellent, 10 (B) fortrinlig / very good, 7 (C) god / good, "
                    + "4 (D) jævn / fair, 02 (E) tilstrækkelig / sufficient – laveste bestået / lowest pass, "
                    + "00 (Fx) utilstrækkelig / insufficient, -3 (F) ringe / unacceptable. "
                    + "Bestået / Passed: bedømt bestået/ikke bestået, uden ECTS-karakter / assessed pass/fail, no ECTS grade. "
                    + "ECTS-point tildeles kun for en bestået bedømmelse / ECTS credits are awarded only for a passed assessment. "
                    + "1 ECTS svarer til ca. 27,5 timers arbejde / 1 ECTS is about 27.5 hours of work.", body));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the transcript PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
