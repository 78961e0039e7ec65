package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.fiscalextract.extractor.normalize.LineBreaks;
import org.fiscalextract.model.document.BlockKind;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML SAX events and keeps the document's structure: paragraphs, headings,
 * list items, tables as rows of cells (with HTML row/column spans when the source states them)
 * and, for paged formats, the page each piece stands on.
 */
final class StructureHandler extends DefaultHandler {
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "title");
    private static final Set<String> BLOCKS = Set.of("p", "div", "pre", "blockquote", "address", "dt", "dd",
            "caption", "center", "section", "article", "header", "footer", "nav", "figure", "figcaption",
            "form", "fieldset", "legend", "main", "aside", "body", "ul", "ol", "dl", "hr");

    private final boolean paged;
    private final PageChrome chrome;
    private final LineBreaks paragraphBreaks;
    private final int maxChars;

    private final List<RawItem> items = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    /** Where, in the paragraph buffer, a new page began (PDF text runs on over pages). */
    private final List<Integer> pageBreaks = new ArrayList<>();
    private BlockKind paragraphKind = BlockKind.PARAGRAPH;
    private int skipDepth;
    private int page;
    private int pageCount;
    private int chars;

    // the table being read; tables nested inside its cells are flattened into the cell's text
    private List<List<RawCell>> rows;
    private int tablePage;
    private int nestedTables;
    private StringBuilder cell;
    private int cellRowSpan;
    private int cellColSpan;

    /**
     * @param paged    the format has pages (Tika marks them with {@code <div class="page">}) and
     *                 puts a hard line break at every visual line
     * @param chrome   elements of a web page's site chrome, skipped with their content
     * @param maxChars stop with {@link TextLimitReached} after this many characters of text
     */
    StructureHandler(boolean paged, PageChrome chrome, int maxChars) {
        this.paged = paged;
        this.chrome = chrome;
        this.paragraphBreaks = paged ? LineBreaks.PARAGRAPHS : LineBreaks.JOIN;
        this.maxChars = maxChars;
    }

    List<RawItem> items() {
        return items;
    }

    int pageCount() {
        return pageCount;
    }

    /** Call once parsing stopped, normally or not, to keep what was read so far. */
    void finish() {
        if (rows != null) {
            endCell();
            endTable();
        }
        flushParagraph();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name) || skipDepth > 0 || chrome.marks(atts)) {
            skipDepth++;
            return;
        }
        if (rows != null) {
            startInTable(name, atts);
            return;
        }
        switch (name) {
            case "table" -> startTable();
            case "br" -> paragraph.append('\n');
            case "h1", "h2", "h3", "h4", "h5", "h6" -> startParagraph(BlockKind.HEADING);
            case "li" -> startParagraph(BlockKind.LIST_ITEM);
            default -> {
                if (paged && name.equals("div") && hasClass(atts, "page")) {
                    // a paragraph may run on over the page break: keep the text, mark the break
                    // with a form feed, which the normalizer reads as a line break at a page end
                    pageBreak();
                    pageCount++;
                    if (paragraph.isEmpty()) {
                        page = pageCount;
                    } else {
                        pageBreaks.add(paragraph.length());
                    }
                } else if (BLOCKS.contains(name)) {
                    startParagraph(BlockKind.PARAGRAPH);
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (rows != null) {
            endInTable(name);
            return;
        }
        if (name.equals("li") || name.startsWith("h") && name.length() == 2 || BLOCKS.contains(name)) {
            if (paged) {
                lineBreak(); // a PDF's text runs on over its pages; see startParagraph
            } else {
                flushParagraph();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws TextLimitReached {
        if (skipDepth > 0) {
            return;
        }
        chars += length;
        if (chars > maxChars) {
            throw new TextLimitReached(maxChars);
        }
        if (rows != null) {
            if (cell != null) {
                cell.append(ch, start, length);
            }
            // text between cells is layout whitespace
            return;
        }
        paragraph.append(ch, start, length);
    }

    /** Tika's PDF parser reports each visual line break as ignorable whitespace. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws TextLimitReached {
        if (!paged) {
            return;
        }
        if (cell != null) {
            characters(ch, start, length);
        } else if (rows == null) {
            // between Tika's paragraphs too: one break, never a blank line that would end a paragraph
            for (int i = start; i < start + length; i++) {
                if (ch[i] == '\n') {
                    lineBreak();
                } else if (!paragraph.isEmpty()) {
                    paragraph.append(ch[i]);
                }
            }
        }
    }

    private void startInTable(String name, Attributes atts) {
        switch (name) {
            case "table" -> nestedTables++;
            case "tr" -> {
                if (nestedTables == 0) {
                    endCell();
                    rows.add(new ArrayList<>());
                } else {
                    lineBreakInCell();
                }
            }
            case "td", "th" -> {
                if (nestedTables == 0) {
                    endCell();
                    if (rows.isEmpty()) {
                        rows.add(new ArrayList<>());
                    }
                    cell = new StringBuilder();
                    cellRowSpan = span(atts, "rowspan");
                    cellColSpan = span(atts, "colspan");
                } else {
                    lineBreakInCell();
                }
            }
            case "br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6" -> lineBreakInCell();
            default -> {
                // inline markup inside a table carries no structure
            }
        }
    }

    private void endInTable(String name) {
        switch (name) {
            case "table" -> {
                if (nestedTables > 0) {
                    nestedTables--;
                } else {
                    endCell();
                    endTable();
                }
            }
            case "td", "th" -> {
                if (nestedTables == 0) {
                    endCell();
                }
            }
            default -> {
                // row ends are implied by the next row's start
            }
        }
    }

    private void lineBreakInCell() {
        if (cell != null && !cell.isEmpty()) {
            cell.append('\n');
        }
    }

    private void startTable() {
        flushParagraph();
        rows = new ArrayList<>();
        tablePage = page;
        nestedTables = 0;
    }

    private void endCell() {
        if (cell != null) {
            rows.get(rows.size() - 1).add(new RawCell(cell.toString(), cellRowSpan, cellColSpan, false));
            cell = null;
        }
    }

    private void endTable() {
        List<List<RawCell>> kept = rows.stream().filter(r -> !r.isEmpty()).toList();
        if (!kept.isEmpty()) {
            items.add(new RawItem.Grid(kept, tablePage));
        }
        rows = null;
    }

    private void startParagraph(BlockKind kind) {
        if (paged) {
            // Tika's PDF paragraphs often break mid-sentence; keep the page as one run of lines
            // and let the normalizer find the paragraph ends
            lineBreak();
            return;
        }
        flushParagraph();
        paragraphKind = kind;
    }

    private void pageBreak() {
        int last = paragraph.length() - 1;
        if (last >= 0 && paragraph.charAt(last) == '\n') {
            paragraph.setCharAt(last, '\f');
        } else if (last >= 0) {
            paragraph.append('\f');
        }
    }

    private void lineBreak() {
        char last = paragraph.isEmpty() ? '\n' : paragraph.charAt(paragraph.length() - 1);
        if (last != '\n' && last != '\f') {
            paragraph.append('\n');
        }
    }

    private void flushParagraph() {
        if (!paragraph.toString().isBlank()) {
            int[] breaks = pageBreaks.stream().mapToInt(Integer::intValue).toArray();
            items.add(new RawItem.Text(paragraphKind, paragraph.toString(), page, paragraphBreaks, breaks));
        }
        paragraph.setLength(0);
        paragraphKind = BlockKind.PARAGRAPH;
        page = Math.max(page, pageCount);
        pageBreaks.clear();
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean hasClass(Attributes atts, String wanted) {
        String classes = atts.getValue("class");
        if (classes == null) {
            return false;
        }
        for (String c : classes.trim().split("\\s+")) {
            if (c.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Spans as HTML states them; absurd values (0, negative, huge) count as 1 or are capped. */
    private static int span(Attributes atts, String attribute) {
        String value = null;
        for (int i = 0; i < atts.getLength(); i++) {
            if (attribute.equalsIgnoreCase(atts.getLocalName(i)) || attribute.equalsIgnoreCase(atts.getQName(i))) {
                value = atts.getValue(i);
            }
        }
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n < 1 ? 1 : Math.min(n, 1000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
