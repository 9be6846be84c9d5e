package dk.samskab.credit;

import dk.samskab.platform.Dates;
import static dk.samskab.credit.PdfFonts.BOLD;
import static dk.samskab.credit.TaggedPdf.BRAND;
import static dk.samskab.credit.TaggedPdf.INK;
import static dk.samskab.credit.TaggedPdf.MUTED;
import static dk.samskab.credit.PdfFonts.REGULAR;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import dk.samskab.credit.TaggedPdf.Run;
import dk.samskab.credit.TaggedPdf.Style;
import java.util.Locale;

/**
 * The certificate as a one-page tagged PDF, in Danish with English alongside: each English
 * passage is its own paragraph or span, marked as English for screen readers.
 */
public final class CertificatePdf {

    private static final Style TITLE = new Style(BOLD, 28, BRAND, Element.ALIGN_CENTER, 30);
    private static final Style NAME = new Style(BOLD, 20, INK, Element.ALIGN_CENTER, 10);
    private static final Style COURSE = new Style(BOLD, 18, INK, Element.ALIGN_CENTER, 4);
    private static final Style BODY = new Style(REGULAR, 12, INK, Element.ALIGN_CENTER, 10);
    private static final Style FACT = new Style(REGULAR, 11, INK, Element.ALIGN_CENTER, 6);
    private static final Style SMALL = new Style(REGULAR, 9, MUTED, Element.ALIGN_CENTER, 4);

    private CertificatePdf() {
    }

    public static byte[] render(VerifiedCertificate certificate, String verifyUrl) {
        TaggedPdf pdf = new TaggedPdf(PageSize.A4, 72, 72, 160, 72,
                "Kursusbevis / Certificate – " + certificate.courseTitle().da(), null);
        pdf.artifact(canvas -> {
            canvas.setColorStroke(BRAND);
            canvas.setLineWidth(2);
            canvas.rectangle(36, 36, PageSize.A4.getWidth() - 72, PageSize.A4.getHeight() - 72);
            canvas.stroke();
        });
        pdf.block(PdfName.H1, TITLE, Run.da("Kursusbevis"), Run.en("Certificate of completion"));
        pdf.block(PdfName.P, NAME, Run.plain(certificate.learnerName()));
        pdf.block(PdfName.P, BODY, Run.da("har gennemført kurset"), Run.en("has completed the course"));
        pdf.block(PdfName.H2, COURSE, Run.da(certificate.courseTitle().da()));
        pdf.block(PdfName.P, BODY, Run.en(certificate.courseTitle().en()));
        pdf.block(PdfName.P, BODY, Run.plain(certificate.courseCode()));
        pdf.space(18);
        pdf.block(PdfName.P, FACT, Run.da("Dato: " + Dates.longDate(certificate.completedOn(), Locale.forLanguageTag("da"))),
                Run.en("Date: " + Dates.longDate(certificate.completedOn(), Locale.ENGLISH)));
        if (certificate.ects() != null) {
            String ects = certificate.ects().stripTrailingZeros().toPlainString();
            String provider = certificate.providerName() == null ? "" : " – " + certificate.providerName();
            pdf.block(PdfName.P, FACT, Run.da(ects + " ECTS-point" + provider), Run.en(ects + " ECTS credits" + provider));
        }
        pdf.space(24);
        pdf.block(PdfName.P, SMALL, Run.da("Bekræft beviset på " + verifyUrl), Run.en("Verify this certificate at " + verifyUrl));
        pdf.block(PdfName.P, SMALL, Run.da("Kode: " + certificate.code()), Run.en("Code: " + certificate.code()));
        return pdf.finish();
    }
}
