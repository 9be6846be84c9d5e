package dk.samskab.credit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A PDF that assistive technology can read (PDF/UA-1 as far as OpenPDF goes): a structure tree
 * in reading order, the language of each English passage, and decoration marked as artifacts.
 * The document's own settings (language, title, metadata) are {@link AccessiblePdfDocument}'s,
 * the embedded fonts {@link PdfFonts}'.
 *
 * <p>OpenPDF tags nothing by itself: text added through {@code Document.add} lands outside any
 * structure. So every piece of text here is laid out with {@link ColumnText} on the page's own
 * canvas, inside a marked-content sequence that belongs to one structure element.
 */
final class TaggedPdf {

    static final String DANISH = "da";
    static final String ENGLISH = "en";

    static final Color INK = new Color(0x1d, 0x23, 0x29);
    static final Color MUTED = new Color(0x4a, 0x55, 0x60);
    static final Color BRAND = new Color(0x0b, 0x5c, 0x58);
    static final Color RULE = new Color(0xb4, 0xbe, 0xc8);
    static final Color SHADE = new Color(0xf3, 0xf5, 0xf7);

    static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final float LEADING = 1.3f;

    /** A passage of text in one language; {@code lang} is null for names and codes that belong to no language. */
    record Run(String text, String lang) {

        static Run da(String text) {
            return new Run(text, DANISH);
        }

        static Run en(String text) {
            return new Run(text, ENGLISH);
        }

        static Run plain(String text) {
            return new Run(text, null);
        }
    }

    /** How a block looks: English passages are set in a muted colour under the Danish ones. */
    record Style(BaseFont font, float size, Color colour, int alignment, float spaceAfter) {

        Font fontFor(Run run) {
            return new Font(font, size, Font.NORMAL, ENGLISH.equals(run.lang()) ? MUTED : colour);
        }
    }

    /** A table cell: one passage per line. */
    record Cell(Run... runs) {
    }

    private final AccessiblePdfDocument pdf;
    private final Document document;
    private final PdfWriter writer;
    private final PdfContentByte canvas;
    private final PdfStructureElement root;
    private final IntFunction<String> pageFooter;
    private float y;

    /**
     * Opens a tagged document in Danish with the given title. {@code pageFooter} gives the text
     * at the foot of each page (a pagination artifact), or null for none.
     */
    TaggedPdf(Rectangle pageSize, float marginLeft, float marginRight, float marginTop, float marginBottom,
            String title, IntFunction<String> pageFooter) {
        this.pageFooter = pageFooter;
        pdf = new AccessiblePdfDocument(pageSize, marginLeft, marginRight, marginTop, marginBottom, title, DANISH);
        document = pdf.document();
        writer = pdf.writer();
        canvas = writer.getDirectContent();
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        startPage();
    }

    float left() {
        return document.left();
    }

    float right() {
        return document.right();
    }

    float pageTop() {
        return document.top();
    }

    float pageBottom() {
        return document.bottom();
    }

    void space(float points) {
        y -= points;
    }

    /** Where the next element starts, from the page's bottom. */
    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    PdfContentByte canvas() {
        return canvas;
    }

    /** Draws decoration that assistive technology should skip. */
    void artifact(Consumer<PdfContentByte> drawing) {
        canvas.beginMarkedContentSequence(ARTIFACT);
        canvas.saveState();
        drawing.accept(canvas);
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    /** Draws inside an artifact the caller has already opened. */
    void drawn(Consumer<PdfContentByte> drawing) {
        canvas.saveState();
        drawing.accept(canvas);
        canvas.restoreState();
    }

    /**
     * A heading or paragraph across the text width. With one passage the element holds the text
     * itself; with several (Danish and English), each passage is a Span with its own language.
     */
    void block(PdfName role, Style style, Run... runs) {
        Run[] present = present(runs);
        if (present.length == 0) {
            return;
        }
        if (y - height(left(), right(), style, present) < pageBottom() && y < pageTop()) {
            newPage();
        }
        PdfStructureElement element = new PdfStructureElement(root, role);
        y = write(element, left(), right(), y, style, present, true) - style.spaceAfter();
    }

    /**
     * A table with one header row of TH cells (scope: column) and body rows of TD cells; see
     * {@link PdfTable}.
     */
    void table(float[] relativeWidths, List<Cell> header, List<List<Cell>> rows, Style headerStyle, Style bodyStyle) {
        new PdfTable(this, root, relativeWidths, headerStyle, bodyStyle).draw(header, rows);
    }

    /** Closes the document and gives its bytes. */
    byte[] finish() {
        return pdf.finish();
    }

    void newPage() {
        document.newPage();
        startPage();
    }

    private void startPage() {
        y = pageTop();
        if (pageFooter == null) {
            return;
        }
        PdfDictionary pagination = new PdfDictionary();
        pagination.put(PdfName.TYPE, new PdfName("Pagination"));
        canvas.beginMarkedContentSequence(ARTIFACT, pagination, true);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(pageFooter.apply(writer.getPageNumber()), new Font(PdfFonts.REGULAR, 8, Font.NORMAL, MUTED)),
                (left() + right()) / 2, pageBottom() / 2, 0);
        canvas.endMarkedContentSequence();
    }

    /** How tall the passages are when set between x1 and x2. */
    float height(float x1, float x2, Style style, Run[] runs) {
        float bottom = 0;
        for (Run run : runs) {
            ColumnText column = column(x1, x2, bottom, -100_000, style, run);
            go(column, true);
            bottom = column.getYLine() + descent(style);
        }
        return -bottom;
    }

    /**
     * Sets the passages from {@code top} down, each in its own marked-content sequence belonging
     * to {@code element} (or to a Span under it when there are several); with no element the
     * caller has opened an artifact. Returns the bottom of the last line.
     */
    float write(PdfStructureElement element, float x1, float x2, float top, Style style, Run[] runs, boolean mayBreak) {
        float bottom = top;
        for (Run run : runs) {
            PdfStructureElement holder = element;
            if (element != null && runs.length > 1) {
                holder = new PdfStructureElement(element, PdfName.SPAN);
            }
            if (holder != null && run.lang() != null && (runs.length > 1 || !DANISH.equals(run.lang()))) {
                holder.put(PdfName.LANG, new PdfString(run.lang()));
            }
            ColumnText column = column(x1, x2, bottom, mayBreak ? pageBottom() : -100_000, style, run);
            int status = marked(holder, column);
            while (mayBreak && ColumnText.hasMoreText(status)) {
                // A passage longer than the rest of the page goes on at the top of the next one.
                newPage();
                column.setSimpleColumn(x1, pageBottom(), x2, pageTop());
                status = marked(holder, column);
            }
            bottom = column.getYLine() + descent(style);
        }
        return bottom;
    }

    private int marked(PdfStructureElement holder, ColumnText column) {
        if (holder != null) {
            canvas.beginMarkedContentSequence(holder);
        }
        int status = go(column, false);
        if (holder != null) {
            canvas.endMarkedContentSequence();
        }
        return status;
    }

    private ColumnText column(float x1, float x2, float top, float bottom, Style style, Run run) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(x1, bottom, x2, top);
        column.setLeading(0, LEADING);
        column.setUseAscender(true);
        column.setAlignment(style.alignment());
        column.addText(new Phrase(run.text(), style.fontFor(run)));
        return column;
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the PDF", e);
        }
    }

    private static float descent(Style style) {
        return style.font().getFontDescriptor(BaseFont.DESCENT, style.size());
    }

    static Run[] present(Run[] runs) {
        return Arrays.stream(runs).filter(r -> r.text() != null && !r.text().isBlank()).toArray(Run[]::new);
    }
}
