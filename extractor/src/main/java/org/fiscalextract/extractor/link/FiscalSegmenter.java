package org.fiscalextract.extractor.link;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** What this view segmented already (null: none kept); see {@link #memo()}. */
    private final Map<String, List<Token>> memo;

    FiscalSegmenter() {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        for (String[] entry : DataFile.table(FactExtractor.class, "fiscal-words.txt").rows(2)) {
            dictionary.insert(entry[0], entry[1] + " 100000");
        }
        this.segment = HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
        this.memo = null;
    }

    private FiscalSegmenter(Segment segment) {
        this.segment = segment;
        this.memo = new HashMap<>();
    }

    /**
     * A view that segments each text once: for one document on one thread (a clause before two
     * numbers, a label repeated in a report's sections; about a quarter of the calls in the corpus).
     */
    FiscalSegmenter memo() {
        return new FiscalSegmenter(segment);
    }

    /** The words of {@code text} with their tags and offsets. Thread-safe (HanLP's segment keeps no state per call), but not a memo view. */
    List<Token> segment(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (memo != null) {
            return memo.computeIfAbsent(text, this::segmentNow);
        }
        return segmentNow(text);
    }

    private List<Token> segmentNow(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), term.offset));
        }
        return List.copyOf(tokens);
    }
}
