package org.fiscalextract.extractor.relate;

/** Where sentences and clauses of a paragraph start and end. */
final class Sentences {
    /** Ends a sentence. 其中 lists run on over ；, so ； is not one. */
    static final String FULL_STOPS = "。！？!?";

    private Sentences() {
    }

    /** Start of the sentence holding {@code at}. */
    static int start(String text, int at) {
        int i = Math.min(at, text.length());
        while (i > 0 && FULL_STOPS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** End (exclusive, after its full stop) of the sentence holding {@code at}. */
    static int end(String text, int at) {
        int i = at;
        while (i < text.length() && FULL_STOPS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    /** Whether {@code at} stands inside a parenthesis that opens before it in the text. */
    static boolean inParenthesis(String text, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }
}
