package dk.samskab.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns authored Markdown into HTML that is safe to show: raw HTML in the source is escaped by
 * CommonMark, and the result passes the OWASP sanitiser, which keeps only formatting, structure,
 * http(s)/mailto links and images from this site. An image from another host would tell that host
 * who reads the lesson and when, so its tag is dropped whatever the Content-Security-Policy says.
 * Citations ([@key]) become links to the work's entry on the same page (#ref-key).
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** A path on this site: starts with one slash, never "//" (another host) or a backslash. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])\\S*");
    private static final PolicyFactory LOCAL_IMAGES = new HtmlPolicyBuilder()
            .allowElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("src").matching(LOCAL_PATH).onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("\\d{1,4}")).onElements("img")
            .disallowWithoutAttributes("img")
            .toFactory();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(LOCAL_IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    /**
     * The list of cited works below a text, with the anchors citations link to. A policy of its
     * own: joined with the one above, the list items would lose their ids.
     */
    private static final PolicyFactory CITED_WORKS = new HtmlPolicyBuilder()
            .allowElements("section", "h2", "ul", "li", "em", "a")
            .allowAttributes("class").matching(Pattern.compile("references")).onElements("section")
            .allowAttributes("id").matching(Pattern.compile("ref-" + Citations.KEY)).onElements("li")
            .allowStandardUrlProtocols().allowAttributes("href").onElements("a").requireRelNofollowOnLinks()
            .toFactory();

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * Renders a text of a course, its citations linked to the works on the course's reading list.
     * With listCitedWorks, the works the text cites follow it under a heading, so the links have
     * somewhere to go on a page without the whole reading list; without it, the page must show
     * the reading list itself. A citation of an unknown key is left as written.
     */
    public static String toSafeHtml(String markdown, List<Reference> readingList, ReferenceStyle style,
            boolean listCitedWorks) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Map<String, Reference> works = readingList.stream().collect(Collectors.toMap(Reference::key, Function.identity(),
                (a, b) -> a));
        Set<Reference> cited = new LinkedHashSet<>();
        StringBuilder linked = new StringBuilder();
        int at = 0;
        for (Citations.Found found : Citations.in(markdown)) {
            List<String> links = new ArrayList<>();
            for (Citations.Cite cite : found.cites()) {
                Reference work = works.get(cite.key());
                if (work == null) {
                    links = null;
                    break;
                }
                cited.add(work);
                String label = style.label(work) + (cite.locator() == null ? "" : ", " + cite.locator());
                links.add("[" + escapeMarkdown(label) + "](#ref-" + work.key() + ")");
            }
            if (links == null || links.isEmpty()) {
                continue;
            }
            linked.append(markdown, at, found.start()).append('(').append(String.join("; ", links)).append(')');
            at = found.end();
        }
        linked.append(markdown.substring(at));
        String html = POLICY.sanitize(RENDERER.render(PARSER.parse(linked.toString())));
        if (listCitedWorks && !cited.isEmpty()) {
            StringBuilder list = new StringBuilder("<section class=\"references\"><h2>")
                    .append(ReferenceStyle.escape(style.heading())).append("</h2><ul>");
            for (Reference work : cited) {
                list.append("<li id=\"ref-").append(work.key()).append("\">").append(style.html(work)).append("</li>");
            }
            html += CITED_WORKS.sanitize(list.append("</ul></section>").toString());
        }
        return html;
    }

    /** HTML built from escaped parts, passed through the same policy once more. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Every ASCII punctuation character escaped, so that a label is only ever text. */
    private static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
