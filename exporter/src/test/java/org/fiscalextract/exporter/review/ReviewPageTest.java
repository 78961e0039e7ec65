package org.fiscalextract.exporter.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page of the sample run against its golden file
 * ({@code src/test/resources/golden/report.html}; rewrite with {@code -Dgolden.update=true} and
 * review the diff), and what must hold of any page: every quote marked, nothing loaded from
 * elsewhere, text escaped, the JSON unable to end its script element.
 */
class ReviewPageTest {
    static final Path RUN = Path.of("src/test/resources/run");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/report.html");
    private static final Pattern ARTICLE = Pattern.compile("<article class=\"finding[^\"]*\" id=\"finding-([^\"]+)\">(.*?)</article>",
            Pattern.DOTALL);
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

    @Test
    void theSampleRunGivesTheGoldenPage(@TempDir Path tmp) throws IOException {
        String html = page(RUN, tmp);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readString(GOLDEN, StandardCharsets.UTF_8).lines().toList();
        List<String> actual = html.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(end of file)";
            String got = i < actual.size() ? actual.get(i) : "(end of file)";
            assertEquals(want, got, GOLDEN + " line " + (i + 1)
                    + " differs: rewrite with -Dgolden.update=true and review the diff");
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), html, "line ends differ from " + GOLDEN);
    }

    @Test
    void everyQuoteOfEveryFindingIsMarked(@TempDir Path tmp) throws IOException {
        assertQuotesMarked(page(RUN, tmp), ContractCsv.read(RUN, ContractSchema.FINDINGS));
    }

    /**
     * Each finding's article holds, for every quote in its quotes column, a {@code <mark>} whose
     * text contains the quoted text. Shared with the browser test, which checks the DOM the
     * browser built from the page.
     */
    static void assertQuotesMarked(String html, List<ContractCsv.Row> findings) {
        List<String> seen = new ArrayList<>();
        Matcher article = ARTICLE.matcher(html);
        while (article.find()) {
            seen.add(article.group(1));
            List<String> marks = new ArrayList<>();
            Matcher mark = MARK.matcher(article.group(2));
            while (mark.find()) {
                marks.add(text(mark.group(1)));
            }
            ContractCsv.Row finding = findings.stream()
                    .filter(f -> (f.get("doc_id") + "-" + f.get("finding_id")).equals(article.group(1))).findFirst()
                    .orElseThrow(() -> new AssertionError("no finding " + article.group(1) + " in findings.csv"));
            List<FindingQuote> quotes = FindingQuote.parse(finding.get("quotes"));
            for (FindingQuote quote : quotes) {
                assertTrue(marks.stream().anyMatch(m -> m.contains(quote.text())),
                        () -> article.group(1) + ": “" + quote.text() + "” is in no <mark> (marks: " + marks + ")");
            }
        }
        assertEquals(findings.stream().map(f -> f.get("doc_id") + "-" + f.get("finding_id")).toList(), seen);
    }

    /** The text of an HTML fragment: tags dropped, the entities this page writes read back. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void theSameFolderGivesTheSameBytes(@TempDir Path tmp) throws IOException {
        ReviewPage.write(RUN, tmp.resolve("a.html"));
        ReviewPage.write(RUN, tmp.resolve("b.html"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.html")), Files.readAllBytes(tmp.resolve("b.html")));
    }

    @Test
    void thePageLoadsNothingFromElsewhere(@TempDir Path tmp) throws IOException {
        String html = page(RUN, tmp);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("default-src 'none'"), "the page forbids itself any fetch");
        for (String outside : List.of("http:", "https:", "//cdn", " src=", "<link", "@import", "url(")) {
            assertFalse(html.contains(outside), outside);
        }
    }

    /** Markup in any text of the run is shown as text, and the JSON cannot end its script element. */
    @Test
    void textFromTheDocumentsIsNeverMarkup(@TempDir Path tmp) throws IOException {
        Path run = Files.createDirectory(tmp.resolve("run"));
        String hostile = "1302.76万元</script><!--<script>";
        String text = "预算<b>总额</b>为" + hostile + "。\n";
        int start = text.indexOf(hostile);
        RunFolder.write(run, ContractSchema.DOCUMENTS, List.of(RunFolder.row("doc_id", "0123456789abcdef", "source_path",
                "in/<i>a</i>.docx", "status", "ok", "department", "<b>财政局</b> & \"所\"", "facts", "1", "findings", "1")));
        RunFolder.write(run, ContractSchema.FACTS, List.of(RunFolder.row("doc_id", "0123456789abcdef", "fact_id", "f1",
                "kind", "amount", "label", "<img src=x onerror=alert(1)>", "canonical", "budget_total", "value", "13027600",
                "unit", "yuan", "qualifier", "exact", "value_wan", "1302.76", "text", hostile, "start",
                Integer.toString(start), "end", Integer.toString(start + hostile.length()), "location", "p2")));
        RunFolder.write(run, ContractSchema.FINDINGS, List.of(RunFolder.row("doc_id", "0123456789abcdef", "finding_id", "c1",
                "check", "breakdown_sum", "severity", "error", "message", "<script>alert(1)</script>", "fact_ids", "f1",
                "quotes", "f1 p2 “" + hostile + "”")));
        RunFolder.text(run, "0123456789abcdef", text);

        String html = page(run, tmp);

        assertEquals(2, html.split("</script", -1).length - 1, "only the data and the script element end a script");
        for (String markup : List.of("<b>", "<i>", "<img", "<!--<", "<script>alert")) {
            assertFalse(html.contains(markup), markup);
        }
        assertTrue(html.contains("\"1302.76万元\\u003c/script>\\u003c!--\\u003cscript>\""), "the fact's text in the JSON");
        assertTrue(html.contains("<mark>1302.76万元&lt;/script&gt;&lt;!--&lt;script&gt;</mark>"), "and marked in its finding");
        assertTrue(html.contains("&lt;b&gt;财政局&lt;/b&gt; &amp; &quot;所&quot;"));
        assertQuotesMarked(html, ContractCsv.read(run, ContractSchema.FINDINGS));
    }

    @Test
    void aRunLargerThanTheLimitsIsCutAndThePageSaysSo(@TempDir Path tmp) throws IOException {
        Path target = tmp.resolve("report.html");
        ReviewPage.write(RUN, target, new ReviewPage.Limits(1, 2, 5));
        String html = Files.readString(target, StandardCharsets.UTF_8);

        assertTrue(html.contains("这里只列出了前 1 个文件（共 4）"), "documents cut");
        assertTrue(html.contains("这里只列出了前 2 条核对发现（共 10）"), "findings cut");
        assertTrue(html.contains("这里只收入了前 5 条数据（共 507 条）"), "facts cut");
        assertEquals(1, html.split("<tr id=\"doc-", -1).length - 1);
        assertEquals(2, html.split("<article ", -1).length - 1);
        String data = html.substring(html.indexOf("\"facts\": ["));
        assertEquals(5, data.split("\n    \\[", -1).length - 1, "facts in the JSON");
        assertTrue(html.contains("4 个文件（ok 3 · failed 1）"), "the summary counts every row");
    }

    @Test
    void withoutItsTextAFindingStillShowsItsQuotes(@TempDir Path tmp) throws IOException {
        Path run = Files.createDirectory(tmp.resolve("run"));
        for (ContractSchema.Table table : ContractSchema.tables()) {
            Files.copy(RUN.resolve(table.file()), run.resolve(table.file()));
        }
        String html = page(run, tmp);
        assertQuotesMarked(html, ContractCsv.read(run, ContractSchema.FINDINGS));
        assertTrue(html.contains("<span class=\"excerpt not-found\"><mark>80.57%</mark> <small>（未在文本中找到）</small>"));
    }

    @Test
    void anEmptyRun(@TempDir Path tmp) throws IOException {
        Path run = Files.createDirectory(tmp.resolve("run"));
        for (ContractSchema.Table table : ContractSchema.tables()) {
            RunFolder.write(run, table, List.of());
        }
        String html = page(run, tmp);
        assertTrue(html.contains("没有文件。"));
        assertTrue(html.contains("没有核对发现。"));
        assertTrue(html.contains("\"facts\": []"));
    }

    private static String page(Path run, Path tmp) throws IOException {
        Path target = tmp.resolve("report.html");
        ReviewPage.write(run, target);
        return Files.readString(target, StandardCharsets.UTF_8);
    }
}
