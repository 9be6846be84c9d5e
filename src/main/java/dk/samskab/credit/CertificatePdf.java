package dk.samskab.credit;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import dk.samskab.platform.Dates;
import java.util.Locale;

/** The certificate as a one-page PDF, in Danish with English alongside. */
public final class CertificatePdf {

    /** The certificate is bilingual; its date is written the Danish way. */
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private CertificatePdf() {
    }

    public static byte[] render(VerifiedCertificate certificate, String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 96, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            document.addTitle("Kursusbevis / Certificate – " + certificate.courseTitle().da());
            document.open();
            Font title = new Font(Font.HELVETICA, 26, Font.BOLD);
            Font large = new Font(Font.HELVETICA, 18, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 12);
            Font small = new Font(Font.HELVETICA, 10);
            add(document, "Kursusbevis", title, Element.ALIGN_CENTER, 4);
            add(document, "Certificate of completion", body, Element.ALIGN_CENTER, 36);
            add(document, certificate.learnerName(), large, Element.ALIGN_CENTER, 12);
            add(document, "har gennemført kurset / has completed the course", body, Element.ALIGN_CENTER, 12);
            add(document, certificate.courseTitle().da(), large, Element.ALIGN_CENTER, 4);
            add(document, certificate.courseTitle().en() + " (" + certificate.courseCode() + ")", body, Element.ALIGN_CENTER, 24);
            add(document, "Dato / Date: " + Dates.longDate(certificate.completedOn(), DANISH), body, Element.ALIGN_CENTER, 6);
            if (certificate.ects() != null) {
                add(document, "ECTS: " + certificate.ects().stripTrailingZeros().toPlainString()
                        + (certificate.providerName() == null ? "" : " – " + certificate.providerName()), body, Element.ALIGN_CENTER, 6);
            }
            document.add(Chunk.NEWLINE);
            add(document, "Bekræft beviset / Verify this certificate: " + verifyUrl, small, Element.ALIGN_CENTER, 4);
            add(document, "Kode / Code: " + certificate.code(), small, Element.ALIGN_CENTER, 0);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the certificate PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void add(Document document, String text, Font font, int alignment, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
    }
}
