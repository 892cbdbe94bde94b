package az.industry.webapp.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How the page and its bundle travel: compressed when the browser accepts it (gzip, brotli), the page revalidated
 * and the content-hashed bundle cached for good, and no source map in the bundle or on the server. A plain JDK
 * client, so the bytes on the wire are what is checked (no client decompresses behind the test's back).
 */
@Tag("integration")
@QuarkusTest
class ServedWellTest {

    static final Pattern BUNDLE = Pattern.compile("(?:src|href)=\"(/static/bundle/[^\"]+\\.(?:js|css))\"");

    final HttpClient client = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI root;

    @Test
    void thePageAndItsBundleAreGzippedWhenTheBrowserAcceptsIt() throws Exception {
        HttpResponse<byte[]> page = get("/", "gzip");
        assertEquals(200, page.statusCode());
        assertEquals("gzip", encoding(page), "the page");
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(null), "the page is revalidated");
        List<String> bundle = bundleOf(gunzip(page.body()));
        assertEquals(2, bundle.size(), "a script and a style sheet: " + bundle);
        for (String file : bundle) {
            HttpResponse<byte[]> asset = get(file, "gzip");
            assertEquals(200, asset.statusCode(), file);
            assertEquals("gzip", encoding(asset), file);
            assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("immutable"), file + " kept for good");
            assertTrue(gunzip(asset.body()).length() > 1000, file + " has content");
        }
    }

    @Test
    void brotliWhenTheBrowserPrefersItAndNothingWhenItAcceptsNoEncoding() throws Exception {
        String script = bundleOf(gunzip(get("/", "gzip").body())).stream().filter(f -> f.endsWith(".js")).findFirst().orElseThrow();
        HttpResponse<byte[]> br = get(script, "br");
        assertEquals("br", encoding(br), script);
        HttpResponse<byte[]> both = get(script, "gzip, deflate, br");
        assertEquals("br", encoding(both), script + " with every encoding accepted");
        HttpResponse<byte[]> plain = get(script, null);
        assertEquals("identity", plain.headers().firstValue("Content-Encoding").orElse("identity"), script + " uncompressed");
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).contains("industryCharts"), "plain text without encoding");
        assertTrue(br.body().length < plain.body().length / 2, "brotli shrinks the script: " + br.body().length + " of "
                + plain.body().length + " bytes");
    }

    @Test
    void theBundleNamesNoSourceMapAndNoneIsServed() throws Exception {
        for (String file : bundleOf(gunzip(get("/", "gzip").body()))) {
            String text = gunzip(get(file, "gzip").body());
            assertFalse(text.contains("sourceMappingURL"), file + " names no source map");
            assertEquals(404, get(file + ".map", null).statusCode(), file + ".map is not served");
        }
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encoding(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").orElse("(none)");
    }

    private static List<String> bundleOf(String page) {
        Matcher m = BUNDLE.matcher(page);
        List<String> files = new java.util.ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
