package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
