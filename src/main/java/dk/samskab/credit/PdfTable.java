package dk.samskab.credit;

import static dk.samskab.credit.TaggedPdf.ARTIFACT;
import static dk.samskab.credit.TaggedPdf.INK;
import static dk.samskab.credit.TaggedPdf.RULE;
import static dk.samskab.credit.TaggedPdf.SHADE;
import static dk.samskab.credit.TaggedPdf.present;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import dk.samskab.credit.TaggedPdf.Cell;
import dk.samskab.credit.TaggedPdf.Style;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table in a {@link TaggedPdf}: one header row of TH cells (scope: column) and body rows of TD
 * cells, under a Table element with THead and TBody. Rows never split; on a new page the header
 * is drawn again as an artifact, as it is the same header. Shading and rules are artifacts.
 */
final class PdfTable {

    private static final float CELL_PADDING = 4;

    private final TaggedPdf pdf;
    private final PdfStructureElement parent;
    private final float[] edges;
    private final Style headerStyle;
    private final Style bodyStyle;

    PdfTable(TaggedPdf pdf, PdfStructureElement parent, float[] relativeWidths, Style headerStyle, Style bodyStyle) {
        this.pdf = pdf;
        this.parent = parent;
        this.edges = edges(relativeWidths);
        this.headerStyle = headerStyle;
        this.bodyStyle = bodyStyle;
    }

    void draw(List<Cell> header, List<List<Cell>> rows) {
        float headerHeight = rowHeight(header, headerStyle);
        if (!rows.isEmpty() && pdf.y() - headerHeight - rowHeight(rows.get(0), bodyStyle) < pdf.pageBottom()) {
            pdf.newPage();
        }
        PdfStructureElement table = new PdfStructureElement(parent, PdfName.TABLE);
        PdfStructureElement head = new PdfStructureElement(table, PdfName.THEAD);
        PdfStructureElement body = new PdfStructureElement(table, PdfName.TBODY);
        row(new PdfStructureElement(head, new PdfName("TR")), PdfName.TH, header, headerStyle, headerHeight);
        for (List<Cell> cells : rows) {
            float height = rowHeight(cells, bodyStyle);
            if (pdf.y() - height < pdf.pageBottom()) {
                pdf.newPage();
                pdf.canvas().beginMarkedContentSequence(ARTIFACT);
                row(null, null, header, headerStyle, headerHeight);
                pdf.canvas().endMarkedContentSequence();
            }
            row(new PdfStructureElement(body, new PdfName("TR")), PdfName.TD, cells, bodyStyle, height);
        }
    }

    /** One row: {@code tr} null draws the row inside an artifact the caller has opened. */
    private void row(PdfStructureElement tr, PdfName cellRole, List<Cell> cells, Style style, float height) {
        float top = pdf.y();
        boolean header = cellRole == null || PdfName.TH.equals(cellRole);
        Consumer<Consumer<PdfContentByte>> decoration = tr == null ? pdf::drawn : pdf::artifact;
        decoration.accept(c -> {
            if (header) {
                c.setColorFill(SHADE);
                c.rectangle(edges[0], top - height, edges[edges.length - 1] - edges[0], height);
                c.fill();
            }
            c.setColorStroke(header ? INK : RULE);
            c.setLineWidth(header ? 0.8f : 0.5f);
            c.moveTo(edges[0], top - height);
            c.lineTo(edges[edges.length - 1], top - height);
            c.stroke();
        });
        for (int i = 0; i < cells.size(); i++) {
            PdfStructureElement cell = null;
            if (tr != null) {
                cell = new PdfStructureElement(tr, cellRole);
                if (PdfName.TH.equals(cellRole)) {
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, PdfName.TABLE);
                    attributes.put(new PdfName("Scope"), new PdfName("Column"));
                    cell.put(PdfName.A, attributes);
                }
            }
            pdf.write(cell, edges[i] + CELL_PADDING, edges[i + 1] - CELL_PADDING, top - CELL_PADDING, style,
                    present(cells.get(i).runs()), false);
        }
        pdf.moveTo(top - height);
    }

    private float rowHeight(List<Cell> cells, Style style) {
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            height = Math.max(height, pdf.height(edges[i] + CELL_PADDING, edges[i + 1] - CELL_PADDING, style,
                    present(cells.get(i).runs())));
        }
        return height + 2 * CELL_PADDING;
    }

    private float[] edges(float[] relativeWidths) {
        float total = 0;
        for (float w : relativeWidths) {
            total += w;
        }
        float[] result = new float[relativeWidths.length + 1];
        result[0] = pdf.left();
        for (int i = 0; i < relativeWidths.length; i++) {
            result[i + 1] = result[i] + (pdf.right() - pdf.left()) * relativeWidths[i] / total;
        }
        return result;
    }
}
