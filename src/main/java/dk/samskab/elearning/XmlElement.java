package dk.samskab.elearning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of a parsed manifest with the line it was read on, which DOM does not keep.
 * Elements and attributes are looked up by local name: the SCORM editions, cmi5 and Tin Can put
 * the same things in different namespaces (imscp_rootv1p1p2 or imscp_v1p1, adlcp_rootv1p2 or
 * adlcp_v1p3), and a manifest's direct children are never ambiguous by local name.
 */
final class XmlElement {

    private final String name;
    private final String namespace;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int line;

    XmlElement(String name, String namespace, Map<String, String> attributes, int line) {
        this.name = name;
        this.namespace = namespace;
        this.attributes = new LinkedHashMap<>(attributes);
        this.line = line;
    }

    /** The local name. */
    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    /** The line of the start tag (where the parser finished reading it). */
    int line() {
        return line;
    }

    /** The element's own text, trimmed; "" when it has none. */
    String text() {
        return text.toString().trim();
    }

    /**
     * The attribute by local name, trimmed, or null when absent or blank. An unprefixed attribute
     * wins over a prefixed one of the same local name; xml:base is "xml:base".
     */
    String attribute(String localName) {
        String value = attributes.get(localName);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The attribute whatever its case: SCORM 1.2 writes adlcp:scormtype, 2004 adlcp:scormType. */
    String attributeIgnoringCase(String localName) {
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (attribute.getKey().equalsIgnoreCase(localName)) {
                return attribute(attribute.getKey());
            }
        }
        return null;
    }

    /** The first child with this local name, or null. */
    XmlElement child(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).findFirst().orElse(null);
    }

    List<XmlElement> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** The text of the first child with this local name, or null when absent or blank. */
    String childText(String localName) {
        XmlElement child = child(localName);
        return child == null || child.text().isEmpty() ? null : child.text();
    }

    /**
     * Of elements that each hold one language's text (lang="…"), the Danish one, else the English
     * one, else the first: the product speaks Danish first.
     */
    static String preferredText(List<XmlElement> translations) {
        for (String language : List.of("da", "en")) {
            for (XmlElement translation : translations) {
                String lang = translation.attribute("lang") != null ? translation.attribute("lang") : translation.attribute("xml:lang");
                if (lang != null && (lang.equalsIgnoreCase(language) || lang.toLowerCase().startsWith(language + "-"))
                        && !translation.text().isEmpty()) {
                    return translation.text();
                }
            }
        }
        return translations.stream().map(XmlElement::text).filter(t -> !t.isEmpty()).findFirst().orElse(null);
    }

    void add(XmlElement child) {
        children.add(child);
    }

    void append(char[] characters, int start, int length) {
        text.append(characters, start, length);
    }
}
