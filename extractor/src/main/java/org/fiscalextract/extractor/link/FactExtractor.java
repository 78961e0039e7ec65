package org.fiscalextract.extractor.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.fiscalextract.extractor.recognize.QuantityRecognizer;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.fact.Fact;

/**
 * Every quantity a document states, as facts: recognized in paragraphs and table cells, each
 * with its label, canonical key, subject and sentence, numbered f1, f2, … in text order.
 * Immutable and thread-safe; set it up once per process (HanLP's dictionaries load in about a second).
 */
public final class FactExtractor {
    private static final java.util.regex.Pattern SECTION_START =
            java.util.regex.Pattern.compile("（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+[.、]");
    /** How much of a section's first paragraph can be its heading. */
    private static final int HEADING_CHARS = 60;

    private final QuantityRecognizer recognizer;
    private final Vocabulary vocabulary;
    private final LabelFinder labels;
    private final SubjectFinder subjects;
    private final TableHeaders headers;

    public FactExtractor(QuantityRecognizer recognizer, Vocabulary vocabulary) {
        this.recognizer = recognizer;
        this.vocabulary = vocabulary;
        this.labels = new LabelFinder(new FiscalSegmenter(), LabelWords.load());
        this.subjects = SubjectFinder.load();
        this.headers = TableHeaders.load();
    }

    public static FactExtractor standard() {
        return new FactExtractor(QuantityRecognizer.standard(), Vocabulary.standard());
    }

    public List<Fact> extract(ParsedDocument doc) {
        ProseFactReader prose = new ProseFactReader(recognizer, labels.memo(), subjects, vocabulary);
        TableFactReader tables = new TableFactReader(recognizer, headers, vocabulary, prose);
        List<Draft> drafts = new ArrayList<>();
        String sectionSubject = "";
        for (Block block : doc.blocks()) {
            if (block.kind() == BlockKind.TABLE_CELL) {
                continue; // read table by table below, with their headers
            }
            if (isSectionHeading(block)) {
                String heading = block.text().substring(0, Math.min(block.text().length(), HEADING_CHARS));
                sectionSubject = subjects.inHeading(heading);
            }
            prose.read(doc, block, sectionSubject, drafts);
        }
        for (Table t : doc.tables()) {
            tables.read(doc, t, caption(doc, t), drafts);
        }
        drafts.sort(Comparator.comparingInt(Draft::start));
        List<Fact> facts = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            facts.add(d.toFact("f" + (facts.size() + 1), doc.text()));
        }
        return facts;
    }

    /**
     * A heading, or an enumerated paragraph opening a section: （一）“人才专项”项目绩效执行结果 —
     * in a PDF the heading line often runs on into the section's first paragraph.
     */
    private static boolean isSectionHeading(Block block) {
        return block.kind() == BlockKind.HEADING || SECTION_START.matcher(block.text()).lookingAt();
    }

    /** A unit line: 单位：元, 金额单位：万元. */
    private static final Pattern UNIT_LINE = Pattern.compile("(?:金额)?单位\\s*[:：]");
    private static final int MAX_UNIT_LINE = 20;

    /** The lines just before a table, where 单位：万元 usually stands, and unit lines inside it. */
    private static String caption(ParsedDocument doc, Table table) {
        int firstBlock = table.cells().isEmpty() ? -1 : table.cells().get(0).block();
        StringBuilder caption = new StringBuilder();
        for (int i = firstBlock - 1; i >= 0 && i >= firstBlock - 2; i--) {
            Block b = doc.block(i);
            if (b.kind() == BlockKind.TABLE_CELL) {
                break;
            }
            caption.insert(0, b.text() + "\n");
        }
        // a spreadsheet carries its caption lines in its own top rows: 编制部门：… | 单位：元
        for (TableCell cell : table.cells()) {
            String text = doc.block(cell.block()).text().strip();
            if (text.length() <= MAX_UNIT_LINE && UNIT_LINE.matcher(text).lookingAt()) {
                caption.append(text).append('\n');
            }
        }
        return caption.toString();
    }
}
