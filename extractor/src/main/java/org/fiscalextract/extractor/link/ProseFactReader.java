package org.fiscalextract.extractor.link;

import java.util.List;

import org.fiscalextract.extractor.recognize.Mention;
import org.fiscalextract.extractor.recognize.QuantityRecognizer;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.ParsedDocument;

/** The facts of a paragraph (or a prose table cell): recognized mentions with their label, subject and sentence. */
final class ProseFactReader {
    private static final String SENTENCE_ENDS = "。！？；!?;";

    private final QuantityRecognizer recognizer;
    private final LabelFinder labels;
    private final SubjectFinder subjects;
    private final Vocabulary vocabulary;

    ProseFactReader(QuantityRecognizer recognizer, LabelFinder labels, SubjectFinder subjects, Vocabulary vocabulary) {
        this.recognizer = recognizer;
        this.labels = labels;
        this.subjects = subjects;
        this.vocabulary = vocabulary;
    }

    /**
     * @param sectionSubject the project the enclosing section's heading names, or empty
     */
    void read(ParsedDocument doc, Block block, String sectionSubject, List<Draft> out) {
        readMentions(doc, block, recognizer.recognize(block.text()), sectionSubject, out);
    }

    void readMentions(ParsedDocument doc, Block block, List<Mention> mentions, List<Draft> out) {
        readMentions(doc, block, mentions, "", out);
    }

    private void readMentions(ParsedDocument doc, Block block, List<Mention> mentions, String sectionSubject,
                              List<Draft> out) {
        String text = block.text();
        String previousLabel = "";
        int previousSentence = -1;
        for (Mention m : mentions) {
            LabelFinder.Found found = labels.before(text, m.start());
            String label = text.substring(found.start(), found.end());
            int sentence = sentenceStart(text, m.start());
            String inheritedKey = null;
            String lead = inheritLead(text, labels.clauseStart(text, m.start()), m.start(), found.lead());
            boolean inherits = m.quantity().kind().equals("amount") || m.quantity().kind().equals("rate");
            if (label.isEmpty() && inherits && sentence == previousSentence && lead != null) {
                // 支出总计253.87万元，增长12.22%: said of the quantity just named
                label = previousLabel;
                inheritedKey = labels.words().inherit().get(lead);
            }
            String subject = subjects.find(text, m.start());
            int split = subjects.splitPoint(label);
            if (split > 0) {
                if (subject.isEmpty() && split > "项目".length()) {
                    // the project's name may reach back past what the label finder took (成渝…)
                    subject = text.substring(labels.nounPhraseStart(text, found.start()), found.start() + split);
                }
                label = label.substring(split);
            }
            int area = subjects.areaEnd(label);
            if (area > 0) {
                label = label.substring(area);
            }
            if (subject.isEmpty()) {
                subject = sectionSubject;
            }
            String canonical = inheritedKey != null && m.quantity().kind().equals("rate") ? inheritedKey
                    : vocabulary.canonical(m.quantity().kind(), label);
            out.add(new Draft(block.start() + m.start(), block.start() + m.end(), m.quantity(), m.qualifier(),
                    m.rule(), label, canonical, subject, sentence(text, m.start(), m.end()), block.location()));
            if (!label.isEmpty() && m.quantity().kind().equals("amount")) {
                // changes and shares are said of amounts: 支出决算为0.46万元，完成预算100%，较上年减少0.53万元
                previousLabel = label;
                previousSentence = sentence;
            }
        }
    }

    /**
     * The inherit word that makes an unlabelled number said of the amount before it: the words
     * just before it (增长, 较上年减少), or the word its clause opens with (占本年支出合计的100%).
     */
    private String inheritLead(String text, int clauseStart, int at, String lead) {
        var inherit = labels.words().inherit();
        if (inherit.containsKey(lead)) {
            return lead;
        }
        for (String word : inherit.keySet()) {
            if (lead.endsWith(word) || text.startsWith(word, clauseStart) && at - clauseStart <= 16) {
                return word;
            }
        }
        return null;
    }

    private static int sentenceStart(String text, int at) {
        int from = at;
        while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** The sentence around {@code [start, end)}: from the previous sentence end to the next one, inclusive. */
    static String sentence(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = end;
        while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        if (to < text.length()) {
            to++;
        }
        return text.substring(from, to).strip();
    }
}
