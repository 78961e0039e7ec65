package org.fiscalextract.exporter.review;

import static org.fiscalextract.exporter.review.HtmlText.escape;

import java.io.IOException;
import java.util.List;

import org.fiscalextract.exporter.ContractCsv;

/**
 * The findings section of the review page: findings grouped by document, each with its check,
 * severity, message, the four numbers, and an excerpt of the text around each quote with the
 * quoted words in {@code <mark>}.
 */
final class FindingsHtml {
    private static final List<String[]> NUMBERS = List.of(new String[] {"expected", "应为"},
            new String[] {"actual", "文中"}, new String[] {"difference", "差"}, new String[] {"tolerance", "容差"});

    private FindingsHtml() {
    }

    static void write(Appendable out, ReviewModel model) throws IOException {
        out.append(ReviewHtml.cap(model.findings().size(), model.findingsTotal(), "条核对发现", "findings.csv"));
        if (model.findings().isEmpty()) {
            out.append("<p class=\"note\">没有核对发现。</p>\n");
            return;
        }
        String docId = null;
        for (ReviewModel.Finding finding : model.findings()) {
            String next = finding.row().get("doc_id");
            if (!next.equals(docId)) {
                docId = next;
                out.append("<h3 class=\"doc-head\">").append(escape(model.names().getOrDefault(docId, "")))
                        .append(" <code>").append(escape(docId)).append("</code></h3>\n");
            }
            finding(out, finding);
        }
    }

    private static void finding(Appendable out, ReviewModel.Finding finding) throws IOException {
        ContractCsv.Row r = finding.row();
        String severity = r.get("severity");
        out.append("<article class=\"finding sev-").append(escape(severity)).append("\" id=\"finding-")
                .append(escape(r.get("doc_id") + "-" + r.get("finding_id"))).append("\">\n")
                .append("<header><span class=\"badge\">").append(escape(severity)).append("</span> <code class=\"check\">")
                .append(escape(r.get("check"))).append("</code> <span class=\"fid\">").append(escape(r.get("finding_id")))
                .append("</span></header>\n")
                .append("<p class=\"message\">").append(escape(r.get("message"))).append("</p>\n");
        numbers(out, r);
        if (!finding.excerpts().isEmpty()) {
            out.append("<ul class=\"quotes\">\n");
            for (Excerpt excerpt : finding.excerpts()) {
                excerpt(out, excerpt);
            }
            out.append("</ul>\n");
        }
        out.append("</article>\n");
    }

    private static void numbers(Appendable out, ContractCsv.Row r) throws IOException {
        if (NUMBERS.stream().allMatch(n -> r.get(n[0]).isEmpty())) {
            return;
        }
        out.append("<dl class=\"numbers\">");
        for (String[] n : NUMBERS) {
            String value = r.get(n[0]);
            out.append("<div><dt>").append(n[1]).append(" <span class=\"key\">").append(n[0]).append("</span></dt><dd>")
                    .append(value.isEmpty() ? "—" : escape(value)).append("</dd></div>");
        }
        out.append("<div><dt>单位 <span class=\"key\">unit</span></dt><dd>").append(escape(r.get("unit")))
                .append("</dd></div></dl>\n");
    }

    private static void excerpt(Appendable out, Excerpt excerpt) throws IOException {
        out.append("<li><span class=\"refs\">");
        for (FindingQuote quote : excerpt.quotes()) {
            out.append("<span class=\"ref\">").append(quote.isFact() ? escape(quote.factId()) : "–")
                    .append(" <span class=\"loc\">").append(escape(quote.location())).append("</span></span>");
        }
        out.append("</span> <span class=\"excerpt").append(excerpt.located() ? "" : " not-found").append("\">")
                .append(excerpt.clippedBefore() ? "…" : "");
        for (Excerpt.Piece piece : excerpt.pieces()) {
            String text = escape(piece.text()).replace("\t", "<span class=\"tab\">\t</span>");
            out.append(piece.marked() ? "<mark>" + text + "</mark>" : text);
        }
        out.append(excerpt.clippedAfter() ? "…" : "")
                .append(excerpt.located() ? "" : " <small>（未在文本中找到）</small>").append("</span></li>\n");
    }
}
