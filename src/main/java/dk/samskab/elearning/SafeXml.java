package dk.samskab.elearning;

import static dk.samskab.elearning.PackageProblem.Reason.DOCTYPE_NOT_ALLOWED;
import static dk.samskab.elearning.PackageProblem.Reason.XML_SYNTAX;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an uploaded manifest with a hardened SAX parser into {@link XmlElement}s. SAX rather than
 * DOM because its locator gives each element's line; rather than StAX because the JDK's StAX
 * factory takes no secure-processing feature. A DOCTYPE is refused outright: no manifest needs
 * one, and refusing it leaves no entity, external or internal (billion laughs), to resolve.
 */
final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    /** The file's root element, or null after adding the problem that stopped the parse. */
    static XmlElement parse(String file, byte[] xml, List<PackageProblem> problems) {
        Builder builder = new Builder();
        try {
            SAXParser parser = hardenedParser();
            // Parser messages in English whatever the server's locale; they go into both languages' texts.
            parser.getXMLReader().setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
            InputSource source = new InputSource(new ByteArrayInputStream(xml));
            source.setSystemId(file);
            parser.parse(source, builder);
            return builder.root;
        } catch (SAXParseException e) {
            boolean doctype = e.getMessage() != null && e.getMessage().contains(DISALLOW_DOCTYPE);
            problems.add(doctype ? PackageProblem.at(DOCTYPE_NOT_ALLOWED, file, e.getLineNumber())
                    : PackageProblem.at(XML_SYNTAX, file, e.getLineNumber(), e.getMessage()));
        } catch (SAXException | IOException e) {
            problems.add(PackageProblem.at(XML_SYNTAX, file, 0, e.getMessage()));
        }
        return null;
    }

    private static SAXParser hardenedParser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            // The JDK's parser knows all these features; without them no manifest is read.
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }

    /** Builds the element tree, noting the line of each start tag. */
    private static final class Builder extends DefaultHandler {

        private final Deque<XmlElement> open = new ArrayDeque<>();
        private XmlElement root;
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i);
                if (XMLConstants.XML_NS_URI.equals(attributes.getURI(i))) {
                    byName.put("xml:" + name, attributes.getValue(i));
                } else if (attributes.getURI(i).isEmpty()) {
                    byName.put(name, attributes.getValue(i));
                } else {
                    byName.putIfAbsent(name, attributes.getValue(i));
                }
            }
            XmlElement element = new XmlElement(localName, uri, byName, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().append(ch, start, length);
            }
        }

        /** Never reached while DOCTYPEs are refused; should a parser ignore that feature, nothing is fetched. */
        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("external entity refused: " + systemId);
        }
    }
}
