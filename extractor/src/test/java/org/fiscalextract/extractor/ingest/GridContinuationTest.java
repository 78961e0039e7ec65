package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables joined over a page break. Rows are written {@code a|b|c}, rows separated by {@code ;};
 * a cell {@code text^2} spans two rows, {@code text>2} two columns; {@code _} is an empty cell.
 */
class GridContinuationTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '#', textBlock = """
            项目|金额;A|1               # 项目|金额;B|2          # 项目|金额;A|1;B|2                 # the header repeated on the next page is dropped
            项目|金额;A|1               # B|2                    # 项目|金额;A|1;B|2                 # no header on the next page
            指标|分值|解释;质量|8|科学性 # _|_|和准确性           # 指标|分值|解释;质量|8|科学性和准确性 # a row broken over the page: its text runs on
            类|款|名称;204|06|司法      # 210|_|卫生健康支出      # 类|款|名称;204|06|司法;210|_|卫生健康支出 # a blank code after a filled one is its own
            一级|二级|项;总体^2|甲|人均;资产|人均2 # _^2|_|利用率;_|盘活 # 一级|二级|项;总体^4|甲|人均;资产^2|人均2;利用率;_|盘活 # headings merged down over the break go on
            """)
    void join(String first, String next, String joined, String what) {
        assertEquals(joined.strip(), write(GridContinuation.join(parse(first), parse(next))), what);
    }

    private static List<List<RawCell>> parse(String rows) {
        List<List<RawCell>> out = new ArrayList<>();
        for (String row : rows.strip().split(";")) {
            List<RawCell> cells = new ArrayList<>();
            for (String cell : row.split("\\|", -1)) {
                if (cell.isEmpty()) {
                    continue; // a row's trailing separator
                }
                int rowSpan = 1;
                int colSpan = 1;
                String text = cell;
                if (text.contains("^")) {
                    rowSpan = Integer.parseInt(text.substring(text.indexOf('^') + 1));
                    text = text.substring(0, text.indexOf('^'));
                } else if (text.contains(">")) {
                    colSpan = Integer.parseInt(text.substring(text.indexOf('>') + 1));
                    text = text.substring(0, text.indexOf('>'));
                }
                cells.add(new RawCell(text.equals("_") ? "" : text, rowSpan, colSpan, false));
            }
            out.add(cells);
        }
        return out;
    }

    private static String write(List<List<RawCell>> rows) {
        return rows.stream().map(row -> row.stream()
                .map(c -> (c.text().isEmpty() ? "_" : c.text()) + (c.rowSpan() > 1 ? "^" + c.rowSpan() : "")
                        + (c.colSpan() > 1 ? ">" + c.colSpan() : ""))
                .collect(Collectors.joining("|"))).collect(Collectors.joining(";"));
    }
}
