package org.fiscalextract.extractor.link;

import org.fiscalextract.extractor.data.DataFile;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the project or fund a number belongs to, as reports name them: a parenthesis right after
 * the name (“十五五”规划专项经费（预算170万元…）), or the last quoted project name before the
 * number in its sentence group (评价的“中阳县殡仪馆整体项目资金支出”项目，总资金为5917.17万元).
 */
final class SubjectFinder {
    private static final String QUOTES_OPEN = "“\"‘「『";
    private static final String QUOTES_CLOSE = "”\"’」』";
    private static final java.util.regex.Pattern TALLY = java.util.regex.Pattern.compile("[0-9一二三四五六七八九十两]+[个项家]");
    /** A subject named further back than this is another sentence's. */
    private static final int MAX_DISTANCE = 400;

    private final List<String> heads;
    private final List<String> splits;
    private final List<String> areas;

    private SubjectFinder(List<String> heads, List<String> splits, List<String> areas) {
        this.heads = heads;
        this.splits = splits;
        this.areas = areas;
    }

    static SubjectFinder load() {
        List<String> heads = List.of();
        List<String> splits = List.of();
        List<String> areas = List.of();
        for (String[] row : DataFile.table(FactExtractor.class, "subject-words.tsv").rows(2)) {
            List<String> words = Arrays.asList(row[1].trim().split("\\s+"));
            switch (row[0]) {
                case "head" -> heads = List.copyOf(words);
                case "split" -> splits = List.copyOf(words);
                case "area" -> areas = List.copyOf(words);
                default -> throw new IllegalStateException("subject-words.tsv: unknown role " + row[0]);
            }
        }
        return new SubjectFinder(heads, splits, areas);
    }

    /** The subject of the number at {@code at} in a paragraph's {@code text}, or empty. */
    String find(String text, int at) {
        String parenthesised = beforeParenthesis(text, at);
        if (!parenthesised.isEmpty()) {
            return parenthesised;
        }
        return lastQuotedName(text, at);
    }

    /** The project a section heading names: its first quoted name (（二）“人才专项”项目绩效执行结果), or empty. */
    String inHeading(String heading) {
        for (int open = 0; open < heading.length(); open++) {
            int kind = QUOTES_OPEN.indexOf(heading.charAt(open));
            if (kind < 0 || heading.charAt(open) == '‘') {
                continue;
            }
            int close = heading.indexOf(QUOTES_CLOSE.charAt(kind), open + 1);
            if (close < 0) {
                return "";
            }
            String name = heading.substring(open + 1, close).strip();
            if (!name.isEmpty() && (heading.startsWith("项目", close + 1) || endsWithHead(name))) {
                return name;
            }
            open = close;
        }
        return "";
    }

    /**
     * Where a label names its subject too (成渝双城经济圈建设项目投资完成率), the part up to the
     * last split word; empty if there is none or nothing would be left of the label.
     */
    int splitPoint(String label) {
        return lastAfter(label, splits);
    }

    /** Where a label starts after the field of work it names first (…领域 | 原粮储备监测覆盖率), or -1. */
    int areaEnd(String label) {
        return lastAfter(label, areas);
    }

    private static int lastAfter(String label, List<String> words) {
        int best = -1;
        for (String word : words) {
            int i = label.lastIndexOf(word);
            if (i > 0 && i + word.length() < label.length()) {
                best = Math.max(best, i + word.length());
            }
        }
        return best;
    }

    /** 包括“十五五”规划专项经费（预算170万元，…）: the phrase before the parenthesis holding {@code at}. */
    private String beforeParenthesis(String text, int at) {
        int depth = 0;
        int open = -1;
        for (int i = at - 1; i >= 0 && at - i < MAX_DISTANCE; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) {
                    open = i;
                    break;
                }
                depth--;
            } else if (c == '。' || c == '；') {
                return "";
            }
        }
        if (open <= 0) {
            return "";
        }
        int start = open;
        while (start > 0 && "，。；：、,;:\n".indexOf(text.charAt(start - 1)) < 0 && open - start < 60) {
            start--;
        }
        String phrase = nameIn(stripLead(text.substring(start, open)));
        return endsWithHead(phrase) ? phrase : "";
    }

    /**
     * The name at the end of a phrase: after its last verb-like joint (对, 的, 包括),
     * and nothing when what is left is a tally (8个重点项目), not a name.
     */
    private static String nameIn(String phrase) {
        int cut = -1;
        for (String joint : new String[] {"对", "的", "进行", "包括"}) {
            int i = phrase.lastIndexOf(joint);
            if (i >= 0) {
                cut = Math.max(cut, i + joint.length());
            }
        }
        String name = cut >= 0 ? phrase.substring(cut) : phrase;
        return TALLY.matcher(name).find() ? "" : name;
    }

    /** The last “quoted” name before {@code at}, within its sentence, that names a project or fund. */
    private String lastQuotedName(String text, int at) {
        int limit = Math.max(0, at - MAX_DISTANCE);
        for (int close = at - 1; close > limit; close--) {
            char c = text.charAt(close);
            if (c == '。') {
                return "";
            }
            int kind = QUOTES_CLOSE.indexOf(c);
            if (kind < 0 || c == '’') {
                continue; // single quotes only nest inside a name: 路‘四好农村路’建设
            }
            int open = matchingOpen(text, close, QUOTES_OPEN.charAt(kind), limit);
            String name = open >= 0 ? text.substring(open + 1, close).strip() : unopenedName(text, close);
            boolean projectFollows = text.startsWith("项目", close + 1);
            if (!name.isEmpty() && (projectFollows || endsWithHead(name))) {
                return name;
            }
            if (open >= 0) {
                close = open;
            }
        }
        return "";
    }

    /** The opening quote for the one at {@code close}, if it stands within the same sentence. */
    private static int matchingOpen(String text, int close, char open, int limit) {
        for (int i = close - 1; i >= limit && close - i < 80; i--) {
            char c = text.charAt(i);
            if (c == open && (open != '"' || i < close)) {
                return i;
            }
            if (c == '。' || c == '；' || QUOTES_CLOSE.indexOf(c) >= 0 && c != '’' && c != '"') {
                return -1; // another name's closing quote: this one was never opened
            }
        }
        return -1;
    }

    /** A name whose opening quote the report left out: from the clause start (after 评价的) to the quote. */
    private static String unopenedName(String text, int close) {
        int start = close;
        while (start > 0 && "；。，：;,:".indexOf(text.charAt(start - 1)) < 0 && close - start < 80) {
            start--;
        }
        String name = text.substring(start, close);
        int evaluated = name.lastIndexOf("评价的");
        return (evaluated >= 0 ? name.substring(evaluated + 3) : name).strip();
    }

    private boolean endsWithHead(String phrase) {
        for (String head : heads) {
            if (phrase.endsWith(head) && phrase.length() > head.length()) {
                return true;
            }
        }
        return false;
    }

    /** 包括X, 其中X: leading words that introduce a name are not part of it. */
    private static String stripLead(String phrase) {
        for (String lead : Set.of("包括", "其中", "如", "主要是", "主要为")) {
            if (phrase.startsWith(lead)) {
                return phrase.substring(lead.length());
            }
        }
        return phrase;
    }
}
