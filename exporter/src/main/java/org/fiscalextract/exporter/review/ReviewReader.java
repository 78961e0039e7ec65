package org.fiscalextract.exporter.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.KeyFigure;

/**
 * Reads a {@link ReviewModel} from an output folder in three streaming passes (findings,
 * documents, facts), holding only what the page will show, so a run of any size fits in memory;
 * then each document's text once, for the excerpts of its findings.
 */
final class ReviewReader {
    /** A location asked for whose fact has not been seen yet. */
    private static final QuoteLocator.Hint NO_HINT = new QuoteLocator.Hint(-1, "");

    private final Path dir;
    private final ReviewPage.Limits limits;

    private final List<ContractCsv.Row> findingRows = new ArrayList<>();
    private final List<ContractCsv.Row> documentRows = new ArrayList<>();
    private final List<ContractCsv.Row> facts = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    /** Per document: key figures found so far, by canonical key. */
    private final Map<String, Map<String, ContractCsv.Row>> keyFigures = new HashMap<>();
    /** Per document of a shown finding: the facts its quotes name, by fact id. */
    private final Map<String, Map<String, ContractCsv.Row>> quotedFacts = new HashMap<>();
    /** Per document: quote locations (and their table rows) to find the quotes that are no facts. */
    private final Map<String, Map<String, QuoteLocator.Hint>> hints = new HashMap<>();
    private final SortedMap<String, Long> statuses = new TreeMap<>();
    private final SortedMap<String, Long> severities = new TreeMap<>();
    private long findingsTotal;
    private long documentsTotal;
    private long factsTotal;

    private ReviewReader(Path dir, ReviewPage.Limits limits) {
        this.dir = dir;
        this.limits = limits;
    }

    static ReviewModel read(Path dir, ReviewPage.Limits limits) throws IOException {
        return new ReviewReader(dir, limits).read();
    }

    private ReviewModel read() throws IOException {
        ContractCsv.forEach(dir, ContractSchema.FINDINGS, this::finding);
        ContractCsv.forEach(dir, ContractSchema.DOCUMENTS, this::document);
        ContractCsv.forEach(dir, ContractSchema.FACTS, this::fact);
        List<ReviewModel.Document> documents = documentRows.stream()
                .map(row -> new ReviewModel.Document(row, keyFigures.getOrDefault(row.get("doc_id"), Map.of())))
                .toList();
        return new ReviewModel(documents, documentsTotal, excerpts(), findingsTotal, facts, factsTotal,
                statuses, severities, names);
    }

    private void finding(ContractCsv.Row row) {
        findingsTotal++;
        severities.merge(row.get("severity"), 1L, Long::sum);
        if (findingRows.size() >= limits.findings()) {
            return;
        }
        findingRows.add(row);
        String docId = row.get("doc_id");
        Map<String, ContractCsv.Row> quoted = quotedFacts.computeIfAbsent(docId, k -> new HashMap<>());
        for (String factId : factIds(row)) {
            quoted.put(factId, null);
        }
        for (FindingQuote quote : FindingQuote.parse(row.get("quotes"))) {
            if (quote.isFact()) {
                quoted.putIfAbsent(quote.factId(), null);
            } else {
                Map<String, QuoteLocator.Hint> doc = hints.computeIfAbsent(docId, k -> new HashMap<>());
                doc.put(quote.location(), NO_HINT);
                String rowKey = QuoteLocator.rowKey(quote.location());
                if (!rowKey.isEmpty()) {
                    doc.put(rowKey, NO_HINT);
                }
            }
        }
    }

    private void document(ContractCsv.Row row) {
        documentsTotal++;
        statuses.merge(row.get("status"), 1L, Long::sum);
        String docId = row.get("doc_id");
        boolean shown = documentRows.size() < limits.documents();
        if (shown) {
            documentRows.add(row);
            keyFigures.put(docId, new HashMap<>());
        }
        if (shown || quotedFacts.containsKey(docId)) {
            names.putIfAbsent(docId, ReviewModel.name(row));
        }
    }

    private void fact(ContractCsv.Row row) {
        factsTotal++;
        String docId = row.get("doc_id");
        if (facts.size() < limits.facts()) {
            facts.add(row);
        }
        Map<String, ContractCsv.Row> figures = keyFigures.get(docId);
        String canonical = row.get("canonical");
        if (figures != null && ReviewModel.KEY_FIGURES.containsKey(canonical) && KeyFigure.qualifies(row)) {
            figures.putIfAbsent(canonical, row);
        }
        Map<String, ContractCsv.Row> quoted = quotedFacts.get(docId);
        if (quoted != null && quoted.containsKey(row.get("fact_id"))) {
            quoted.put(row.get("fact_id"), row);
        }
        Map<String, QuoteLocator.Hint> docHints = hints.get(docId);
        int start = TextLines.offset(row.get("start"));
        if (docHints != null && start >= 0) {
            QuoteLocator.Hint hint = new QuoteLocator.Hint(start, row.get("location"));
            docHints.replace(hint.location(), NO_HINT, hint);
            String rowKey = QuoteLocator.rowKey(hint.location());
            if (!rowKey.isEmpty()) {
                docHints.replace(rowKey, NO_HINT, hint);
            }
        }
    }

    /** The shown findings with their excerpts, reading each document's text once. */
    private List<ReviewModel.Finding> excerpts() throws IOException {
        Map<String, List<ContractCsv.Row>> byDocument = new LinkedHashMap<>();
        for (ContractCsv.Row row : findingRows) {
            byDocument.computeIfAbsent(row.get("doc_id"), k -> new ArrayList<>()).add(row);
        }
        Map<ContractCsv.Row, List<Excerpt>> excerpts = new IdentityHashMap<>();
        for (Map.Entry<String, List<ContractCsv.Row>> doc : byDocument.entrySet()) {
            String docId = doc.getKey();
            FindingExcerpts maker = new FindingExcerpts(text(docId));
            Map<String, ContractCsv.Row> quoted = new HashMap<>(quotedFacts.getOrDefault(docId, Map.of()));
            quoted.values().removeIf(v -> v == null);
            Map<String, QuoteLocator.Hint> docHints = new HashMap<>(hints.getOrDefault(docId, Map.of()));
            docHints.values().removeIf(v -> v == NO_HINT);
            for (ContractCsv.Row row : doc.getValue()) {
                excerpts.put(row, maker.of(quotes(row, quoted), quoted, docHints));
            }
        }
        return findingRows.stream().map(row -> new ReviewModel.Finding(row, excerpts.get(row))).toList();
    }

    /** The finding's quotes, and a quote for each fact it names that its quotes leave out. */
    private static List<FindingQuote> quotes(ContractCsv.Row finding, Map<String, ContractCsv.Row> facts) {
        List<FindingQuote> quotes = new ArrayList<>(FindingQuote.parse(finding.get("quotes")));
        Set<String> quotedIds = new HashSet<>();
        quotes.forEach(q -> quotedIds.add(q.factId()));
        for (String factId : factIds(finding)) {
            ContractCsv.Row fact = facts.get(factId);
            if (fact != null && quotedIds.add(factId)) {
                quotes.add(new FindingQuote(factId, fact.get("location"), fact.get("text")));
            }
        }
        return quotes;
    }

    private static List<String> factIds(ContractCsv.Row finding) {
        String ids = finding.get("fact_ids").strip();
        return ids.isEmpty() ? List.of() : List.of(ids.split("\\s+"));
    }

    /** The document's canonical text, or null when the folder has none for it. */
    private String text(String docId) throws IOException {
        if (docId.isEmpty() || !docId.matches("[0-9A-Za-z_-]+")) {
            return null;
        }
        try {
            return Files.readString(dir.resolve("text").resolve(docId + ".txt"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
