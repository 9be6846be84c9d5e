package dk.samskab.bench;

import static io.gatling.javaapi.core.CoreDsl.AllowList;
import static io.gatling.javaapi.core.CoreDsl.DenyList;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What every virtual user's browser sends, and the application's own static resources it fetches and caches. */
final class Browsers {

    private Browsers() {
    }

    static HttpProtocolBuilder danish(Settings settings) {
        return http.baseUrl(settings.baseUrl())
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("da-DK,da;q=0.9,en;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Samskab capacity benchmark")
                // As a browser: the page's own styles, scripts and fonts, kept as long as the server allows.
                .inferHtmlResources(AllowList(".*/jakarta\\.faces\\.resource/.*", ".*/resources/.*"), DenyList());
    }
}
