package dk.samskab.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestApplication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Style sheets and scripts as a browser on a slow phone connection gets them: compressed, and
 * cacheable for a year under addresses that change when the file does.
 */
class StaticResourcesIT {

    private static final Pattern RESOURCE = Pattern.compile("\"(/jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final long YEAR = 31_536_000L;

    // HTTP/1.1 as browsers speak it over plain http (they never upgrade to h2c, which Java's client tries by default).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(HttpUser.TIMEOUT).build();

    private static List<String> resourcesOf(String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = RESOURCE.matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    @Test
    void everyStyleSheetAndScriptHasAVersionedAddressCachedForAYear() throws Exception {
        List<String> resources = resourcesOf(new String(get("/login.xhtml", false).body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(resources.stream().anyMatch(r -> r.contains("samskab.css")), "the application's style sheet: " + resources);
        assertTrue(resources.stream().anyMatch(r -> r.contains("jquery.js")), "PrimeFaces' scripts: " + resources);
        for (String resource : resources) {
            assertTrue(resource.matches(".*[?&]v=[^&]+.*"), "a version in the address of " + resource);
            HttpResponse<byte[]> response = get(resource, false);
            assertEquals(200, response.statusCode(), resource);
            String cache = response.headers().firstValue("Cache-Control").orElse("");
            Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(cache);
            assertTrue(maxAge.find() && Long.parseLong(maxAge.group(1)) >= YEAR, resource + " is cached for a year: " + cache);
            assertFalse(cache.contains("no-store"), resource + ": " + cache);
        }
    }

    @Test
    void textIsSentCompressedToBrowsersThatAcceptItAndPlainToOthers() throws Exception {
        List<String> resources = resourcesOf(new String(get("/login.xhtml", false).body(), java.nio.charset.StandardCharsets.UTF_8));
        List<String> checked = new ArrayList<>(List.of("/login.xhtml", "/courses.xhtml"));
        resources.stream().filter(r -> r.contains("samskab.css") || r.contains("jquery.js")).forEach(checked::add);
        for (String address : checked) {
            HttpResponse<byte[]> plain = get(address, false);
            HttpResponse<byte[]> compressed = get(address, true);
            assertEquals(200, plain.statusCode(), address);
            assertEquals(200, compressed.statusCode(), address);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), address + " without Accept-Encoding is plain");
            assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""), address + " is compressed");
            byte[] unpacked = gunzip(compressed.body());
            assertTrue(compressed.body().length * 2 < unpacked.length,
                    address + ": " + compressed.body().length + " bytes for " + unpacked.length);
            if (!address.endsWith(".xhtml")) {
                assertArrayEquals(plain.body(), unpacked, address + " unpacks to the same file");
            }
        }
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestApplication.baseUrl() + path)).timeout(HttpUser.TIMEOUT);
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
