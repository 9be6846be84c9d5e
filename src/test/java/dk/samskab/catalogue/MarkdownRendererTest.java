package dk.samskab.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void rendersHeadingsListsEmphasisAndLinks() {
        String html = MarkdownRenderer.toSafeHtml("## Roller\n\n- *frivillig*\n- **fagperson**\n\n[VIVE](https://www.vive.dk)");
        assertTrue(html.contains("<h2>Roller</h2>"), html);
        assertTrue(html.contains("<em>frivillig</em>") && html.contains("<strong>fagperson</strong>"), html);
        assertTrue(html.contains("href=\"https://www.vive.dk\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "![x](javascript:alert(1))",
        "<div style=\"background:url(javascript:alert(1))\">x</div>"})
    void authoredHtmlAndScriptLinksNeverBecomeActive(String payload) {
        String html = MarkdownRenderer.toSafeHtml(payload).toLowerCase();
        assertFalse(html.contains("<script") || html.contains("<iframe") || html.contains("<svg"), html);
        assertFalse(html.matches("(?s).*<img(?![^>]*src=\"(https://|/|\"))[^>]*src=.*"), "an image only from https or this site: " + html);
        assertFalse(html.contains("href=\"javascript") || html.contains("src=\"javascript"), html);
        assertFalse(html.contains("onerror=") || html.contains("onload="), html);
    }

    @Test
    void imagesFromTheCourseFilesAreShown() {
        String html = MarkdownRenderer.toSafeHtml("![Kort over området](/course-files/SAM-101/kort.png)");
        assertTrue(html.contains("<img src=\"/course-files/SAM-101/kort.png\" alt=\"Kort over området\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![spor](http://tracker.example/pixel.png)",
        "![spor](https://tracker.example/pixel.png)",
        "![spor](//tracker.example/pixel.png)",
        "![spor](/\\tracker.example/pixel.png)",
        "![spor](data:image/png;base64,iVBORw0KGgo=)"})
    void imagesFromOtherHostsAreDropped(String markdown) {
        String html = MarkdownRenderer.toSafeHtml(markdown);
        assertFalse(html.contains("tracker.example") || html.contains("data:"), html);
        assertFalse(html.contains("src="), "no image source is left: " + html);
    }

    @Test
    void emptyTextRendersNothing() {
        assertEquals("", MarkdownRenderer.toSafeHtml("  "));
        assertEquals("", MarkdownRenderer.toSafeHtml(null));
    }

    private static final Map<String, String> DANISH = Map.of("reference.etAl", "m.fl.", "reference.editor", "(red.)",
            "reference.editors", "(red.)", "reference.edition", "{0}. udg.", "reference.pages", "s. {0}",
            "reference.chapter", "kap. {0}", "reference.cited", "Kilder");
    private static final Map<String, String> ENGLISH = Map.of("reference.etAl", "et al.", "reference.editor", "(Ed.)",
            "reference.editors", "(Eds.)", "reference.edition", "{0} ed.", "reference.pages", "pp. {0}",
            "reference.chapter", "ch. {0}", "reference.cited", "References");

    private static final Reference ANSELL = new Reference("ansell2008", List.of("Ansell, Chris", "Gash, Alison"), false, 2008,
            Reference.Kind.ARTICLE, "Collaborative Governance in Theory and Practice", null,
            "Journal of Public Administration Research and Theory, 18(4)", null, "543–571", null, null, true, null);
    private static final Reference BRANDSEN = new Reference("brandsen2018", List.of("Brandsen, Taco", "Steen, Trui",
            "Verschuere, Bram"), true, 2018, Reference.Kind.BOOK, "Co-Production and Co-Creation", "Routledge", null, null, null,
            null, "https://example.org/book?a=1&b=<2>", true, null);
    private static final Reference KROGSTRUP = new Reference("krogstrup2016", List.of("Krogstrup, Hanne Kathrine"), false, 2016,
            Reference.Kind.BOOK, "Evalueringsmodeller", "Hans Reitzels Forlag", null, 3, null, null, null, false, null);

    private static ReferenceStyle style(Map<String, String> words, Locale locale) {
        return new ReferenceStyle(locale, words::get);
    }

    @Test
    void citationsLinkToTheWorkOnTheSamePageWithAuthorYearAndLocator() {
        String html = MarkdownRenderer.toSafeHtml("Som [@ansell2008, s. 550] og [@brandsen2018; @krogstrup2016] viser.",
                List.of(ANSELL, BRANDSEN, KROGSTRUP), style(DANISH, Locale.forLanguageTag("da")), false);
        assertTrue(html.contains("(<a href=\"#ref-ansell2008\" rel=\"nofollow\">Ansell &amp; Gash 2008, s. 550</a>)"), html);
        assertTrue(html.contains(">Brandsen m.fl. 2018</a>; <a href=\"#ref-krogstrup2016\""), html);
        assertFalse(html.contains("Kilder"), "the page shows the reading list itself");
    }

    @Test
    void withSourcesTheCitedWorksFollowTheTextOnceEachInOrder() {
        String html = MarkdownRenderer.toSafeHtml("[@krogstrup2016] og [@ansell2008], igen [@krogstrup2016].",
                List.of(ANSELL, BRANDSEN, KROGSTRUP), style(ENGLISH, Locale.ENGLISH), true);
        int heading = html.indexOf("<h2>References</h2>");
        assertTrue(heading > 0, html);
        String list = html.substring(heading);
        assertTrue(list.indexOf("id=\"ref-krogstrup2016\"") < list.indexOf("id=\"ref-ansell2008\""), list);
        assertEquals(1, list.split("id=\"ref-krogstrup2016\"", -1).length - 1, list);
        assertFalse(list.contains("brandsen2018"), "only the works the text cites");
        assertTrue(list.contains("Krogstrup, H. K. (2016). <em>Evalueringsmodeller</em> (3rd ed.). Hans Reitzels Forlag."), list);
        assertTrue(list.contains("Ansell, C. &amp; Gash, A. (2008). Collaborative Governance in Theory and Practice. "
                + "<em>Journal of Public Administration Research and Theory, 18(4)</em>, 543–571."), list);
    }

    @Test
    void anEditedBookWithALinkIsWrittenSafely() {
        String html = style(DANISH, Locale.forLanguageTag("da")).html(BRANDSEN);
        assertTrue(html.startsWith("Brandsen, T., Steen, T. &amp; Verschuere, B. (red.) (2018). <em>Co-Production and Co-Creation</em>."
                + " Routledge."), html);
        assertTrue(html.contains("<a href=\"https://example.org/book?a&#61;1&amp;b&#61;&lt;2&gt;\" rel=\"nofollow\">"), html);
        assertFalse(html.contains("<2>"), "the address is only ever text: " + html);
    }

    @Test
    void anUnknownOrMalformedCitationIsLeftAsWritten() {
        String html = MarkdownRenderer.toSafeHtml("Se [@ukendt2020] og [@Ansell 2008].", List.of(ANSELL),
                style(DANISH, Locale.forLanguageTag("da")), true);
        String text = html.replace("&#64;", "@");
        assertTrue(text.contains("[@ukendt2020]") && text.contains("[@Ansell 2008]"), html);
        assertFalse(html.contains("<a"), html);
    }

    @Test
    void aCitationInsideAFencedCodeBlockIsNotACitation() {
        assertEquals(List.of(), Citations.in("```\n[@ansell2008]\n```"));
        assertEquals(3, Citations.in("Linje et.\n\nSe [@ansell2008].").get(0).line());
    }
}
