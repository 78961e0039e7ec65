package org.fiscalextract.extractor.link;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's standard segmenter with the fiscal vocabulary ({@code fiscal-words.txt}) in a
 * dictionary of its own, not HanLP's global one, so the labels 项目预算资金总额 and 上级财政 stay
 * whole. HanLP types stay inside this class.
 */
final class FiscalSegmenter {
    private final Segment segment;

    FiscalSegmenter() {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String[] entry : DataFile.table(FactExtractor.class, "fiscal-words.txt").rows(2)) {
            dictionary.insert(entry[0], entry[1] + " 100000");
        }
        this.segment = HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    /** The words of {@code text} with their tags and offsets. Thread-safe: HanLP's segment keeps no state per call. */
    List<Token> segment(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), term.offset));
        }
        return tokens;
    }
}
