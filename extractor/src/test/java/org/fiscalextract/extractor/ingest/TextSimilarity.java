package org.fiscalextract.extractor.ingest;

/**
 * Character-level similarity of two texts: 2·LCS / (|a| + |b|), computed with Myers' O((N+M)·D)
 * diff so near-identical long texts are cheap. Gives up (returns a value below {@code floor})
 * once the edit distance alone proves the similarity is below it.
 */
final class TextSimilarity {
    private TextSimilarity() {
    }

    static double ratio(String a, String b, double floor) {
        int n = a.length();
        int m = b.length();
        if (n + m == 0) {
            return 1.0;
        }
        // similarity = (n + m - d) / (n + m), where d counts insertions plus deletions
        int maxD = (int) Math.ceil((1.0 - floor) * (n + m)) + 1;
        int offset = maxD + 1;
        int[] v = new int[2 * maxD + 3];
        for (int d = 0; d <= maxD; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.charAt(x) == b.charAt(y)) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return (double) (n + m - d) / (n + m);
                }
            }
        }
        return (double) (n + m - maxD - 1) / (n + m);
    }

    static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
