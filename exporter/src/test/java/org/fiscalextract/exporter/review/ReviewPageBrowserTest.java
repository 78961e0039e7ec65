package org.fiscalextract.exporter.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review page of the sample run opened in a real browser (Debian's Chromium, headless): it
 * filters and sorts its fact table and shows its findings with no console message, and a
 * screenshot is kept in
 * {@code target/review-page/} ({@code -Dgolden.update=true} also copies it to
 * {@code docs/review-page.png} for the README).
 *
 * <p>Without Chromium at {@code -Dbrowser.path} (default {@code /usr/bin/chromium}) the tests are
 * skipped, or fail with {@code -Dbrowser.required=true} or the environment variable
 * {@code BROWSER_REQUIRED=true}, which {@code .ci/run} sets (so that it runs the README's test
 * command unchanged). A browser
 * that has not finished after {@code -Dbrowser.timeout} seconds (default 90) is killed.
 */
class ReviewPageBrowserTest {
    private static final Path ARTIFACTS = Path.of("target", "review-page");
    private static final Path README_SCREENSHOT = Path.of("..", "docs", "review-page.png");
    private static final String DATA_ELEMENT = "<script type=\"application/json\" id=\"review-data\">";

    private HeadlessChromium chromium;

    @BeforeEach
    void findChromium() {
        Path executable = Path.of(System.getProperty("browser.path", HeadlessChromium.DEBIAN.toString()));
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            String why = "no Chromium at " + executable + " (install Debian's: apt-get install chromium fonts-noto-cjk;"
                    + " or point -Dbrowser.path at one)";
            if (Boolean.getBoolean("browser.required") || "true".equals(System.getenv("BROWSER_REQUIRED"))) {
                fail(why + ", and the browser test is required here");
            }
            System.err.println("ReviewPageBrowserTest skipped: " + why);
            assumeTrue(false, why);
        }
        chromium = new HeadlessChromium(executable, Duration.ofSeconds(Long.getLong("browser.timeout", 90)));
    }

    /**
     * Opened with a filter and a sort in its address, as a bookmarked view would be: the script
     * reads the address, filters and sorts the whole fact table, and the findings stand as written.
     */
    @Test
    void theSamplePageRendersWithoutConsoleMessages() throws Exception {
        Files.createDirectories(ARTIFACTS);
        Path page = ARTIFACTS.resolve("report.html");
        ReviewPage.write(ReviewPageTest.RUN, page);
        Path screenshot = ARTIFACTS.resolve("review-page.png");
        Files.deleteIfExists(screenshot);
        String words = "一般公共";
        URI address = URI.create(page.toAbsolutePath().toUri() + "#q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&kind=amount&sort=-value");

        HeadlessChromium.PageLoad load = chromium.load(address, screenshot);
        Files.writeString(ARTIFACTS.resolve("dom.html"), load.dom(), StandardCharsets.UTF_8);
        Files.writeString(ARTIFACTS.resolve("chromium.log"), load.log(), StandardCharsets.UTF_8);

        assertEquals(List.of(), load.console(), "console messages while loading " + address);
        assertFalse(load.dom().contains("<div id=\"finding-filters\" class=\"controls\" hidden"),
                "the script ran to its end, where it shows the severity filter");
        List<BigDecimal> amounts = amountsMentioning(words);
        assertTrue(amounts.size() > 1, "the filter picks some amounts, not all facts");
        assertTrue(load.dom().contains("data-matching=\"" + amounts.size() + "\""), "amounts matching " + words);
        assertTrue(load.dom().contains("data-rendered=\"" + amounts.size() + "\""), "all rendered");
        assertTrue(load.dom().contains("<th data-col=\"value\" class=\"num\" aria-sort=\"descending\">"));
        assertEquals(amounts.stream().max(Comparator.naturalOrder()).orElseThrow(), firstRowValue(load.dom()),
                "the largest first");
        ReviewPageTest.assertQuotesMarked(load.dom(), ContractCsv.read(ReviewPageTest.RUN, ContractSchema.FINDINGS));
        assertPng(screenshot, 1280, 2000);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(README_SCREENSHOT.getParent());
            Files.copy(screenshot, README_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The amounts the page's filter should keep: any shown column or the document's name holds the words. */
    private static List<BigDecimal> amountsMentioning(String words) throws IOException {
        Map<String, String> names = new HashMap<>();
        ContractCsv.forEach(ReviewPageTest.RUN, ContractSchema.DOCUMENTS,
                d -> names.put(d.get("doc_id"), ReviewModel.name(d)));
        List<BigDecimal> amounts = new ArrayList<>();
        ContractCsv.forEach(ReviewPageTest.RUN, ContractSchema.FACTS, f -> {
            boolean mentions = names.getOrDefault(f.get("doc_id"), "").contains(words)
                    || ReviewJson.COLUMNS.stream().anyMatch(c -> f.get(c).contains(words));
            if (f.get("kind").equals("amount") && mentions) {
                amounts.add(new BigDecimal(f.get("value")));
            }
        });
        return amounts;
    }

    private static BigDecimal firstRowValue(String dom) {
        Matcher row = Pattern.compile("<tbody><tr>(.*?)</tr>").matcher(dom);
        assertTrue(row.find(), "a first row");
        Matcher value = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row.group(1));
        assertTrue(value.find(), row.group(1));
        return new BigDecimal(value.group(1));
    }

    /** The test above is worth something only if a failing script shows up as it would: break the data. */
    @Test
    void aBrokenScriptIsCaught() throws Exception {
        Files.createDirectories(ARTIFACTS);
        Path page = ARTIFACTS.resolve("broken.html");
        ReviewPage.write(ReviewPageTest.RUN, page);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains(DATA_ELEMENT));
        Files.writeString(page, html.replace(DATA_ELEMENT, DATA_ELEMENT + "{"), StandardCharsets.UTF_8);

        HeadlessChromium.PageLoad load = chromium.load(page.toAbsolutePath().toUri(), null);

        assertEquals(1, load.console().size(), () -> "one uncaught error expected:\n" + load.log());
        assertTrue(load.console().get(0).contains("SyntaxError"), load.console().get(0));
        assertFalse(load.dom().contains("data-rendered="));
    }

    private static void assertPng(Path file, int width, int height) throws IOException {
        byte[] png = Files.readAllBytes(file);
        assertTrue(png.length > 8 + 25 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file + " is no PNG");
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertEquals(width, header.getInt(), "width");
        assertEquals(height, header.getInt(), "height");
    }
}
