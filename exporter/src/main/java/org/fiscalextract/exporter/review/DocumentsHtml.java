package org.fiscalextract.exporter.review;

import static org.fiscalextract.exporter.review.HtmlText.escape;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fiscalextract.exporter.ContractCsv;

/** The documents section of the review page: one table row per documents.csv row. */
final class DocumentsHtml {
    private DocumentsHtml() {
    }

    static void write(Appendable out, ReviewModel model) throws IOException {
        out.append(ReviewHtml.cap(model.documents().size(), model.documentsTotal(), "个文件", "documents.csv"));
        if (model.documents().isEmpty()) {
            out.append("<p class=\"note\">没有文件。</p>\n");
            return;
        }
        out.append("""
                <div class="table-wrap"><table class="documents">
                <thead><tr><th>文件</th><th>地区</th><th>年度</th><th>部门</th><th>类型</th><th>状态</th>\
                <th>关键数字</th><th>标准表</th><th class="num">数据 / 发现</th></tr></thead>
                <tbody>
                """);
        for (ReviewModel.Document doc : model.documents()) {
            row(out, doc);
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static void row(Appendable out, ReviewModel.Document doc) throws IOException {
        ContractCsv.Row r = doc.row();
        String status = r.get("status");
        // a file that could not be opened has no doc_id, so no id to link to
        out.append(r.get("doc_id").isEmpty() ? "<tr>" : "<tr id=\"doc-" + escape(r.get("doc_id")) + "\">")
                .append("<td>").append(escape(r.get("source_path")))
                .append("<div class=\"sub\"><code>").append(escape(r.get("doc_id"))).append("</code> ")
                .append(escape(r.get("format"))).append("</div></td>")
                .append("<td>").append(escape(r.get("region")))
                .append(sub(String.join(" ", List.of(r.get("region_code"), r.get("province"), r.get("prefecture"))
                        .stream().filter(s -> !s.isEmpty()).toList())))
                .append("</td>")
                .append("<td>").append(escape(r.get("fiscal_year"))).append("</td>")
                .append("<td class=\"dept\">").append(escape(r.get("department"))).append("</td>")
                .append("<td class=\"kind\"><code>").append(breakable(r.get("doc_kind"))).append("</code></td>")
                .append("<td><span class=\"status status-").append(escape(status)).append("\">").append(escape(status))
                .append("</span>").append(sub(r.get("error")))
                .append(r.get("error_code").isEmpty() ? "" : "<div class=\"sub\"><code>" + escape(r.get("error_code"))
                        + "</code></div>")
                .append("</td>")
                .append("<td class=\"figs\">");
        figures(out, doc);
        out.append("</td><td>");
        tables(out, r);
        out.append("</td><td class=\"num\">").append(escape(r.get("facts"))).append(" / ")
                .append(escape(r.get("findings"))).append("</td></tr>\n");
    }

    private static void figures(Appendable out, ReviewModel.Document doc) throws IOException {
        boolean any = false;
        for (Map.Entry<String, String> figure : ReviewModel.KEY_FIGURES.entrySet()) {
            ContractCsv.Row fact = doc.keyFigures().get(figure.getKey());
            if (fact == null) {
                continue;
            }
            out.append(any ? "" : "<dl class=\"figures\">")
                    .append("<dt>").append(figure.getValue()).append("</dt>")
                    .append("<dd title=\"").append(escape("“" + fact.get("text") + "” " + fact.get("location")))
                    .append("\">").append(escape(FactValue.display(fact)))
                    .append(" <span class=\"fid\">").append(escape(fact.get("fact_id"))).append("</span></dd>");
            any = true;
        }
        out.append(any ? "</dl>" : "<span class=\"none\">—</span>");
    }

    /** The three standard-table columns; nothing for a document that is no budget or final account. */
    private static void tables(Appendable out, ContractCsv.Row r) throws IOException {
        String[][] kinds = {{"tables_present", "有", "present"}, {"tables_declared_empty", "声明为空", "empty"},
                {"tables_missing", "缺", "missing"}};
        boolean any = false;
        for (String[] kind : kinds) {
            String codes = r.get(kind[0]);
            if (codes.isEmpty()) {
                continue;
            }
            out.append("<div class=\"tables tables-").append(kind[2]).append("\"><span class=\"tag\">")
                    .append(kind[1]).append("</span> ").append(breakable(codes.replace(";", "; "))).append("</div>");
            any = true;
        }
        if (!any) {
            out.append("<span class=\"none\">—</span>");
        }
    }

    /** A code such as {@code performance_management_report}, allowed to wrap after its underscores. */
    private static String breakable(String code) {
        return escape(code).replace("_", "_<wbr>");
    }

    private static String sub(String text) {
        return text.isEmpty() ? "" : "<div class=\"sub\">" + escape(text) + "</div>";
    }
}
