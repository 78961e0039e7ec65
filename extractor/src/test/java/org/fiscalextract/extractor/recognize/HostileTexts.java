package org.fiscalextract.extractor.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/** Hostile inputs of any length, and a timer for checking that recognizers stay linear on them. */
final class HostileTexts {
    private HostileTexts() {
    }

    /** The fastest of {@code runs} runs of recognize and claim, in nanoseconds: the least disturbed by JIT and GC. */
    static long fastest(Recognizer r, String text, int runs) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            List<Mention> mentions = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            long t0 = System.nanoTime();
            r.recognize(text, mentions);
            r.claim(text, claims);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    /** {@code unit} over and over, cut to the length asked for. */
    static IntFunction<String> repeat(String unit) {
        return n -> unit.repeat(n / unit.length() + 1).substring(0, n);
    }

    /** Random characters from {@code alphabet}, or from all of the BMP when it is null. */
    static IntFunction<String> random(long seed, String alphabet) {
        return n -> {
            Random rnd = new Random(seed);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet == null ? (char) rnd.nextInt(0x10000) : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            return sb.toString();
        };
    }
}
