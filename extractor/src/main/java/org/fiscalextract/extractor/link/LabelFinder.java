package org.fiscalextract.extractor.link;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrase that names a number: within the number's clause, the run of content words
 * right before it (项目预算资金总额 in 项目预算资金总额为1302.76万元; 上级财政下达 in
 * 其中：上级财政下达10.53万元), skipping the copulas and comparatives that stand between
 * (为, 达, 约), and stopping at pronouns, times, prepositions, numbers and punctuation. A short
 * parenthesis belongs to the name before it (资产总额（账面净值）, 因公出国（境）费).
 */
final class LabelFinder {
    /** Longer phrases are sentences, not labels. */
    private static final int MAX_TOKENS = 6;
    private static final int MAX_CHARS = 20;
    /** 比2023年减少, 较上年增长, 与2023年相比增加: a comparison ending a clause, before the number. */
    private static final Pattern COMPARISON = Pattern.compile(
            "(比|较|与|同比)(上年|上年度|去年|上一年|\\d{4}年度?)?(相比|同期)?(增加|减少|增长|下降|提高|降低|持平)?$");
    /** A parenthesis this short (（境）, （类）, （账面净值）) is part of a name. */
    private static final int SHORT_PARENTHESIS = 6;

    private final FiscalSegmenter segmenter;
    private final LabelWords words;

    LabelFinder(FiscalSegmenter segmenter, LabelWords words) {
        this.segmenter = segmenter;
        this.words = words;
    }

    /**
     * A label {@code [start, end)} in the text it was found in (empty when none), and the words
     * skipped between it and the number (为, 占, 增长).
     */
    record Found(int start, int end, String lead) {
        boolean isEmpty() {
            return start == end;
        }
    }

    /** A finder for one document on one thread, segmenting each clause once. */
    LabelFinder memo() {
        return new LabelFinder(segmenter.memo(), words);
    }

    LabelWords words() {
        return words;
    }

    /** The label of the number starting at {@code at} in {@code text}. */
    Found before(String text, int at) {
        int clauseStart = clauseStart(text, at);
        if (clauseStart == at) {
            return new Found(at, at, "");
        }
        // 支出决算比2023年减少0.53万元: a comparison stands between the label and its number
        Matcher comparison = COMPARISON.matcher(text.substring(clauseStart, at));
        String comparedLead = "";
        if (comparison.find()) {
            comparedLead = comparison.group();
            at = clauseStart + comparison.start();
        }
        List<Token> tokens = segmenter.segment(text.substring(clauseStart, at));
        int i = tokens.size() - 1;
        while (i >= 0 && words.skip().contains(tokens.get(i).word())) {
            i--;
        }
        String lead = (i + 1 < tokens.size() ? text.substring(clauseStart + tokens.get(i + 1).offset(), at) : "")
                + comparedLead;
        int last = i;
        int first = -1;
        if (i >= 0 && isClose(tokens.get(i))) {
            int open = matchingOpen(tokens, i);
            if (open < 0) {
                return new Found(at, at, lead);
            }
            i = open - 1; // the parenthesis joins the label; its words are not judged
        }
        for (; i >= 0 && last - i < MAX_TOKENS; i--) {
            Token t = tokens.get(i);
            if (!isContent(t) || tokens.get(last).end() - t.offset() > MAX_CHARS) {
                break;
            }
            first = i;
            if (i > 0 && tokens.get(i - 1).nature().equals("m")) {
                first = i + 1 <= last ? i + 1 : -1; // 2023年度: what follows a number is its unit, not a label
                break;
            }
        }
        // a verb may only open a label, or be one, if it is a fiscal verb (支付, 完成预算)
        // (it stays when it is all that is left: a label of one verb says more than none)
        while (first >= 0 && first < last && isPlainVerb(tokens.get(first))
                && !words.verbs().contains(tokens.get(first).word())) {
            first++;
        }
        if (first < 0) {
            return new Found(at, at, lead);
        }
        if (tokens.get(first).word().equals("（") || tokens.get(first).word().equals("(")
                || first == last && isPlainVerb(tokens.get(first)) && !words.verbs().contains(tokens.get(first).word())) {
            return new Found(at, at, lead); // 导致8.3万元: a verb that names nothing
        }
        int end = clauseStart + tokens.get(last).end();
        // 系统上线率达95%: the segmenter glues the copula to the label (率达, 率为)
        String word = tokens.get(last).word();
        if (word.length() >= 2 && (word.endsWith("达") || word.endsWith("为")) && !words.verbs().contains(word)) {
            end--;
        }
        return new Found(clauseStart + tokens.get(first).offset(), end, lead);
    }

    /**
     * Where a noun phrase ending at {@code end} starts, looking back over nouns and names within
     * the clause (成渝/双城经济圈建设项目): for a subject named inside a label.
     */
    int nounPhraseStart(String text, int end) {
        int clauseStart = clauseStart(text, end);
        List<Token> tokens = segmenter.segment(text.substring(clauseStart, end));
        int start = end;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            boolean noun = t.nature().startsWith("n") && !t.nature().equals("nx") || t.nature().equals("j")
                    || t.nature().equals("b") || t.nature().equals("vn");
            if (!noun || words.stop().contains(t.word())) {
                break;
            }
            start = clauseStart + t.offset();
        }
        return start;
    }

    /** A verb that is only a verb (支付, 导致), not a verbal noun (评价, 管理). */
    private static boolean isPlainVerb(Token t) {
        return t.nature().equals("v") || t.nature().equals("vi") || t.nature().equals("vf") || t.nature().equals("vx");
    }

    /**
     * Where the clause holding {@code at} starts: after the nearest boundary, at most 60 chars
     * back; a short parenthesis is looked past.
     */
    int clauseStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start < 60) {
            char c = text.charAt(start - 1);
            if (c == '）' || c == ')') {
                int open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
                if (open >= 0 && start - 1 - open <= SHORT_PARENTHESIS) {
                    start = open;
                    continue;
                }
            }
            if (words.isBoundary(c)) {
                break;
            }
            start--;
        }
        return start;
    }

    private static boolean isClose(Token t) {
        return t.word().equals("）") || t.word().equals(")");
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        for (int j = close - 1; j >= 0 && close - j <= SHORT_PARENTHESIS; j--) {
            String w = tokens.get(j).word();
            if (w.equals("（") || w.equals("(")) {
                return j;
            }
        }
        return -1;
    }

    private boolean isContent(Token t) {
        if (words.stop().contains(t.word()) || !hasLetter(t.word())) {
            return false;
        }
        if (t.word().equals("类") || t.word().equals("级")) {
            return true; // 特定目标类项目, 县级财政: a class suffix (a number before it ends the label anyway)
        }
        String n = t.nature();
        // nouns (incl. names, terms), verbs and verbal nouns, adjectives, distinguishing words, idioms
        return n.startsWith("n") || n.startsWith("v") || n.startsWith("a") || n.equals("b") || n.equals("j")
                || n.equals("l") || n.equals("i") || n.equals("g") || n.equals("gi") || n.equals("gm");
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }
}
