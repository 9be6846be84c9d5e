package dk.samskab.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A PDF read back with Apache PDFBox the way assistive technology reads it: the visible text,
 * the catalogue's accessibility entries, the fonts, and the structure tree with the text each
 * element holds through its marked content.
 */
public final class PdfReading {

    /** One structure element, depth-first: its type, its own /Lang (or null), and the text of its own marked content. */
    public record Tagged(int depth, String type, String lang, String text, List<String> attributes) {

        /** As the tests write the expectation: "H1", "Span[en] Certificate of completion". */
        public String brief() {
            return type + (lang == null ? "" : "[" + lang + "]") + (text.isEmpty() ? "" : " " + text);
        }
    }

    public final int pages;
    public final String text;
    public final boolean marked;
    public final String lang;
    public final String infoTitle;
    public final String xmpTitle;
    public final String pdfUaPart;
    public final boolean displayDocTitle;
    public final List<String> fonts;
    public final List<String> fontsNotEmbedded;
    public final List<Tagged> structure;
    /** Text in the content streams that is neither tagged nor marked as an artifact. */
    public final String untaggedText;
    /** Text marked as artifacts (page numbers, repeated table headers). */
    public final String artifactText;
    /** Marked content that a page draws with an MCID but no structure element claims. */
    public final Set<String> orphanMarkedContent;

    private PdfReading(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
            marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            lang = catalog.getLanguage();
            infoTitle = document.getDocumentInformation().getTitle();
            displayDocTitle = catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle();
            Map<String, String> xmp = catalog.getMetadata() == null ? Map.of() : xmp(catalog.getMetadata().toByteArray());
            xmpTitle = xmp.get("title");
            pdfUaPart = xmp.get("part");

            List<String> allFonts = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            Map<String, String> contentByMark = new HashMap<>();
            StringBuilder untagged = new StringBuilder();
            StringBuilder artifacts = new StringBuilder();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    allFonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
                ContentReader reader = new ContentReader();
                reader.processPage(page);
                untagged.append(reader.outside);
                for (PDMarkedContent content : reader.getMarkedContents()) {
                    collect(i, content, contentByMark, artifacts);
                }
            }
            fonts = List.copyOf(allFonts);
            fontsNotEmbedded = List.copyOf(notEmbedded);
            untaggedText = untagged.toString().strip();
            artifactText = artifacts.toString().strip();

            List<Tagged> elements = new ArrayList<>();
            Set<String> claimed = new HashSet<>();
            if (catalog.getStructureTreeRoot() != null) {
                for (Object kid : catalog.getStructureTreeRoot().getKids()) {
                    if (kid instanceof PDStructureElement element) {
                        walk(document, element, 0, contentByMark, claimed, elements);
                    }
                }
            }
            structure = List.copyOf(elements);
            Set<String> orphans = new HashSet<>(contentByMark.keySet());
            orphans.removeAll(claimed);
            orphanMarkedContent = Set.copyOf(orphans);
        }
    }

    public static PdfReading of(byte[] pdf) {
        try {
            return new PdfReading(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements' types, depth-first, as a reader walks the tree. */
    public List<String> types() {
        return structure.stream().map(Tagged::type).toList();
    }

    /** The elements of one type in reading order, each with the text of its whole subtree. */
    public List<String> textsOf(String type) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < structure.size(); i++) {
            if (structure.get(i).type().equals(type)) {
                texts.add(subtreeText(i));
            }
        }
        return texts;
    }

    /** The text of the element at an index and everything under it, passages joined by a space. */
    public String subtreeText(int index) {
        int depth = structure.get(index).depth();
        List<String> parts = new ArrayList<>();
        for (int i = index; i < structure.size() && (i == index || structure.get(i).depth() > depth); i++) {
            if (!structure.get(i).text().isEmpty()) {
                parts.add(structure.get(i).text());
            }
        }
        return String.join(" ", parts);
    }

    /** All text reachable through the structure tree, in its reading order. */
    public String taggedText() {
        return structure.stream().map(Tagged::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }

    private static void walk(PDDocument document, PDStructureElement element, int depth, Map<String, String> contentByMark,
            Set<String> claimed, List<Tagged> out) {
        int pageOfElement = element.getPage() == null ? -1 : document.getPages().indexOf(element.getPage());
        List<String> own = new ArrayList<>();
        int index = out.size();
        out.add(null);
        List<Object> children = new ArrayList<>();
        for (Object kid : element.getKids()) {
            String mark = null;
            if (kid instanceof Integer mcid) {
                mark = pageOfElement + ":" + mcid;
            } else if (kid instanceof PDMarkedContentReference reference) {
                int page = reference.getPage() == null ? pageOfElement : document.getPages().indexOf(reference.getPage());
                mark = page + ":" + reference.getMCID();
            } else {
                children.add(kid);
            }
            if (mark != null) {
                claimed.add(mark);
                own.add(contentByMark.getOrDefault(mark, ""));
            }
        }
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().size(); i++) {
            PDAttributeObject attribute = element.getAttributes().getObject(i);
            if (attribute instanceof PDTableAttributeObject table && table.getScope() != null) {
                attributes.add("Scope=" + table.getScope());
            }
        }
        out.set(index, new Tagged(depth, element.getStructureType(), element.getLanguage(), String.join(" ", own).strip(),
                List.copyOf(attributes)));
        for (Object kid : children) {
            if (kid instanceof PDStructureElement child) {
                walk(document, child, depth + 1, contentByMark, claimed, out);
            }
        }
    }

    private static void collect(int page, PDMarkedContent content, Map<String, String> contentByMark, StringBuilder artifacts) {
        if ("Artifact".equals(content.getTag())) {
            artifacts.append(text(content)).append(' ');
            return;
        }
        if (content.getMCID() >= 0) {
            contentByMark.put(page + ":" + content.getMCID(), text(content));
        }
        for (Object inner : content.getContents()) {
            if (inner instanceof PDMarkedContent nested) {
                collect(page, nested, contentByMark, artifacts);
            }
        }
    }

    /** The characters of a marked-content sequence; a new line reads as a space. */
    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        float lastY = Float.NaN;
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                if (!Float.isNaN(lastY) && Math.abs(position.getYDirAdj() - lastY) > 1 && text.length() > 0
                        && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                lastY = position.getYDirAdj();
                text.append(position.getUnicode());
            }
        }
        return text.toString().strip();
    }

    private static Map<String, String> xmp(byte[] packet) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(packet));
            Map<String, String> values = new HashMap<>();
            NodeList titles = xml.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title");
            if (titles.getLength() > 0) {
                values.put("title", ((Element) titles.item(0)).getTextContent().strip());
            }
            NodeList parts = xml.getElementsByTagNameNS("http://www.aiim.org/pdfua/ns/id/", "part");
            if (parts.getLength() > 0) {
                values.put("part", parts.item(0).getTextContent().strip());
            }
            return values;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("The XMP metadata is not well-formed XML", e);
        }
    }

    /** Marked content as PDFBox extracts it, plus the text drawn outside any marked content. */
    private static final class ContentReader extends PDFMarkedContentExtractor {

        private int depth;
        private final StringBuilder outside = new StringBuilder();

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            depth++;
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            depth--;
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (depth == 0) {
                outside.append(text.getUnicode());
            }
            super.processTextPosition(text);
        }
    }
}
