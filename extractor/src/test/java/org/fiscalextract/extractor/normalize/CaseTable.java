package org.fiscalextract.extractor.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated case table from {@code src/test/resources/cases}: a header line naming the
 * columns, then one row a line. Cells may use the escapes {@code \n \r \t \f \\} and backslash-u followed by four hex digits.
 */
record CaseTable(String name, List<String> header, List<Row> rows) {

    record Row(int line, List<String> cells) {
        /** The unescaped cell. */
        String get(int column) {
            return unescape(cells.get(column));
        }

        /** The cell as written in the file. */
        String written(int column) {
            return cells.get(column);
        }
    }

    static CaseTable read(String name) {
        String resource = "/cases/" + name;
        try (InputStream in = CaseTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
            List<Row> rows = new ArrayList<>();
            int number = 1;
            for (String text; (text = reader.readLine()) != null; ) {
                number++;
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(text.split("\t", -1));
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + header.size()
                            + " cells, found " + cells.size());
                }
                rows.add(new Row(number, cells));
            }
            return new CaseTable(name, header, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= cell.length()) {
                throw new IllegalArgumentException("dangling backslash in " + cell);
            }
            char e = cell.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'f' -> out.append('\f');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(cell.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + cell);
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x3000 || (c >= 0x2000 && c <= 0x206F && c != '—'
                            && c != '‘' && c != '’' && c != '“' && c != '”' && c != '…' && c != '•' && c != '‰')
                            || c == 0xFEFF || c == 0xAD) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
