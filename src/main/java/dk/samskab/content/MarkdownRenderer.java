package dk.samskab.content;

import java.util.regex.Pattern;
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

    private MarkdownRenderer() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

}
