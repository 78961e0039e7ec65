package org.fiscalextract.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words {@link RestatementCheck} reads ({@code restatement-words.tsv}): canonical keys of
 * document-level figures, scope words that narrow what a label covers, words that point back to
 * something named earlier, words for the year before the fiscal year, and labels that name no
 * one's figure.
 */
public record RestatementWords(Set<String> documentKeys, List<String> scopeWords, List<String> backReferences,
                               List<String> priorYear, Set<String> unnamedLabels) {
    private static final String RESOURCE = "restatement-words.tsv";

    public RestatementWords {
        documentKeys = Set.copyOf(documentKeys);
        scopeWords = List.copyOf(scopeWords);
        backReferences = List.copyOf(backReferences);
        priorYear = List.copyOf(priorYear);
        unnamedLabels = Set.copyOf(unnamedLabels);
    }

    /** The words this project ships, read once. */
    public static RestatementWords standard() {
        return Shipped.WORDS;
    }

    /** Read on first use. */
    private static final class Shipped {
        static final RestatementWords WORDS = read();
    }

    private static RestatementWords read() {
        List<String> keys = new ArrayList<>();
        List<String> scope = new ArrayList<>();
        List<String> back = new ArrayList<>();
        List<String> prior = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        int n = 0;
        for (String line : DataLines.read(RESOURCE)) {
            n++;
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || cells[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": row " + n + " is not role<TAB>word: " + line);
            }
            String word = cells[1].strip();
            switch (cells[0].strip()) {
                case "key":
                    keys.add(word);
                    break;
                case "scope":
                    scope.add(word);
                    break;
                case "back_reference":
                    back.add(word);
                    break;
                case "prior_year":
                    prior.add(word);
                    break;
                case "unnamed":
                    unnamed.add(word);
                    break;
                default:
                    throw new IllegalStateException(RESOURCE + ": row " + n + " has an unknown role: " + cells[0]);
            }
        }
        return new RestatementWords(Set.copyOf(keys), scope, back, prior, Set.copyOf(unnamed));
    }
}
