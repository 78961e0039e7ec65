package org.fiscalextract.exporter.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the page template ({@code review/page.html}) with the model: the style sheet and the
 * script inlined from their own resource files, the sections as HTML, the facts as JSON.
 * Placeholders are {@code <!--@name-->} and are filled in one pass, so nothing inserted is
 * read as a placeholder again.
 */
final class ReviewHtml {
    private static final Pattern PLACEHOLDER = Pattern.compile("<!--@([a-z_]+)-->");
    private static final String TEMPLATE = resource("page.html");
    private static final String STYLE = resource("page.css");
    private static final String SCRIPT = resource("page.js");

    private ReviewHtml() {
    }

    static void write(Appendable out, ReviewModel model) throws IOException {
        Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        int at = 0;
        while (m.find()) {
            out.append(TEMPLATE, at, m.start());
            switch (m.group(1)) {
                case "style" -> out.append(STYLE);
                case "script" -> out.append(SCRIPT);
                case "summary" -> summary(out, model);
                case "documents" -> DocumentsHtml.write(out, model);
                case "findings" -> FindingsHtml.write(out, model);
                case "facts_note" -> factsNote(out, model);
                case "data" -> ReviewJson.writeInScript(out, model);
                default -> throw new IllegalStateException("page.html: unknown placeholder " + m.group());
            }
            at = m.end();
        }
        out.append(TEMPLATE, at, TEMPLATE.length());
    }

    private static void summary(Appendable out, ReviewModel model) throws IOException {
        out.append(model.documentsTotal() + " 个文件").append(counts(model.statuses(), List.of("ok", "partial", "failed")))
                .append(" · ").append(model.findingsTotal() + " 条核对发现")
                .append(counts(model.severities(), List.of("error", "warning", "info")))
                .append(" · ").append(model.factsTotal() + " 条数据");
    }

    /** {@code （ok 3 · failed 1）}: the known keys in their order, then any others. */
    private static String counts(Map<String, Long> counts, List<String> order) {
        StringBuilder s = new StringBuilder();
        for (String key : order) {
            if (counts.containsKey(key)) {
                s.append(s.length() == 0 ? "" : " · ").append(HtmlText.escape(key)).append(' ').append(counts.get(key));
            }
        }
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (!order.contains(e.getKey())) {
                s.append(s.length() == 0 ? "" : " · ").append(HtmlText.escape(e.getKey().isEmpty() ? "(空)" : e.getKey()))
                        .append(' ').append(e.getValue());
            }
        }
        return s.length() == 0 ? "" : "（" + s + "）";
    }

    private static void factsNote(Appendable out, ReviewModel model) throws IOException {
        int shown = model.facts().size();
        if (shown < model.factsTotal()) {
            out.append("<p class=\"cap\">这里只收入了前 " + shown + " 条数据（共 " + model.factsTotal()
                    + " 条）；全部数据见 facts.csv。</p>");
        } else {
            out.append("<p class=\"note\">共 " + shown + " 条数据，全部在表中。点击表头排序。</p>");
        }
    }

    /** A cut-off notice for a section that holds fewer rows than its CSV file, or nothing. */
    static String cap(int shown, long total, String what, String file) {
        return shown < total ? "<p class=\"cap\">这里只列出了前 " + shown + " " + what + "（共 " + total + "）；全部见 "
                + file + "。</p>\n" : "";
    }

    private static String resource(String name) {
        try (InputStream in = ReviewHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("review/" + name + " is missing from the exporter jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
