package dk.samskab.credit;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;

/** Shipped with the application and embedded (as subsets): PDF/UA forbids relying on the reader's fonts. */
final class PdfFonts {

    static final BaseFont REGULAR = load("DejaVuSans.ttf");
    static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font not shipped: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not load the font " + file, e);
        }
    }
}
