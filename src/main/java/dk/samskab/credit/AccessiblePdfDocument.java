package dk.samskab.credit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The document-level part of PDF/UA: a tagged PDF 1.7 in a given language, whose title the reader
 * shows instead of the file name, with XMP metadata that claims PDF/UA-1. What goes on its pages
 * is {@link TaggedPdf}'s business.
 */
final class AccessiblePdfDocument {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;

    /** Opens the document, ready for content. */
    AccessiblePdfDocument(Rectangle pageSize, float marginLeft, float marginRight, float marginTop, float marginBottom,
            String title, String language) {
        document = new Document(pageSize, marginLeft, marginRight, marginTop, marginBottom);
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not start a PDF", e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.setXmpMetadata(xmp(title));
        document.addTitle(title);
        document.open();
    }

    Document document() {
        return document;
    }

    PdfWriter writer() {
        return writer;
    }

    /** Closes the document and gives its bytes. */
    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** XMP with the title (PDF/UA wants dc:title) and the claim of PDF/UA-1. */
    private static byte[] xmp(String title) {
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try (XmpWriter writer = new XmpWriter(xmp, Map.of("Title", title, "Producer", Document.getVersion()))) {
            writer.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", "<pdfuaid:part>1</pdfuaid:part>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xmp.toByteArray();
    }
}
