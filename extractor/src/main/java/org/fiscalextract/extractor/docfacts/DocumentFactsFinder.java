package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.fiscalextract.model.document.AdminRegion;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.OfficialDivision;
import org.fiscalextract.model.document.ParsedDocument;

/**
 * Reads what a report says about itself: the region it is about (province / prefecture /
 * county with its GB/T 2260 code), the department that publishes it or is evaluated in it, the
 * fiscal year reported on and the kind of report.
 *
 * <p>Immutable and thread-safe: the division list and word lists are loaded once, in the
 * constructor. {@link #find} never throws; it reads the title, the metadata title, the file's
 * name, the first lines, heading-like lines, a bounded stretch of body and the last lines, so its
 * cost does not grow past the first {@value DocumentLayout#SCAN_LIMIT} characters of a text.
 *
 * <p>Decisions, documented here once:
 * <ul>
 *   <li>Region: the most specific division the document itself is about, weighed by where each
 *       name stands (see {@link RegionResolver}); a place in a cited document's title or in a
 *       comparison counts little.</li>
 *   <li>Municipalities (北京 天津 上海 重庆): a district or county of a municipality reports the
 *       municipality as both its province and its prefecture (丰都县 → 重庆市, 重庆市), so every
 *       county row has a prefecture to group by; the municipality itself is a province-level
 *       region (code 500000) with no prefecture. Counties administered directly by a province
 *       (仙桃市, 济源市) have no prefecture.</li>
 *   <li>A report combining two kinds has the kind its title names first (see {@link DocKindClassifier}).</li>
 * </ul>
 */
public final class DocumentFactsFinder {

    private final DivisionTable divisions;
    private final PlaceMentionFinder places;
    private final RegionResolver resolver;
    private final DepartmentFinder departments;
    private final FiscalYearFinder years;
    private final DocKindClassifier kinds;

    public DocumentFactsFinder() {
        DataFile affixes = DataFile.table(DocumentFactsFinder.class, "division-affixes.tsv");
        List<String> ethnic = DataFile.table(DocumentFactsFinder.class, "ethnic-groups.txt").lines().stream()
                .map(l -> l.text().trim()).toList();
        this.divisions = DivisionTable.load(affixes, ethnic);
        this.places = new PlaceMentionFinder(divisions, affixes, DataFile.table(DocumentFactsFinder.class, "region-cues.tsv"));
        this.resolver = new RegionResolver(divisions);
        this.departments = new DepartmentFinder(new BodySuffixes(DataFile.table(DocumentFactsFinder.class, "department-suffixes.tsv")),
                DataFile.table(DocumentFactsFinder.class, "department-rules.tsv"), affixes, places);
        this.kinds = new DocKindClassifier(DataFile.table(DocumentFactsFinder.class, "doc-kinds.tsv"),
                DataFile.table(DocumentFactsFinder.class, "doc-kind-patterns.tsv"));
        this.years = new FiscalYearFinder(DataFile.table(DocumentFactsFinder.class, "year-rules.tsv"), kinds);
    }

    /** The official division list the regions are resolved against, by code. */
    public List<OfficialDivision> officialDivisions() {
        return divisions.all().stream().map(d -> new OfficialDivision(d.code(), d.name(),
                d.level().name().toLowerCase(java.util.Locale.ROOT), d.provinceName(), d.prefectureName())).toList();
    }

    /**
     * What {@code doc} says about itself. {@code sourcePath} is the file's path as given (its
     * name and folders may name the region, year and kind); it may be empty. Never throws: a fact
     * that cannot be read is left empty.
     */
    public DocumentFacts find(ParsedDocument doc, String sourcePath) {
        if (doc == null) {
            return DocumentFacts.NONE;
        }
        DocumentLayout layout;
        try {
            layout = new DocumentLayout(doc, sourcePath);
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentFacts.NONE;
        }
        Optional<Finding> kind = guarded(() -> kinds.classify(layout), Optional.empty());
        Optional<Finding> stated = guarded(() -> departments.stated(layout), Optional.empty());
        List<Window> windows = guarded(layout::placeWindows, List.of());
        List<PlaceMention> mentions = guarded(() -> {
            List<PlaceMention> all = new ArrayList<>();
            for (Window w : windows) {
                all.addAll(places.find(w));
            }
            return all;
        }, List.of());
        RegionChoice region = guarded(() -> resolver.choose(mentions, DepartmentFinder.textSpans(stated)), RegionChoice.NONE);
        String kindCode = kind.map(Finding::value).orElse("");
        Optional<Finding> department = stated.isPresent() ? stated
                : guarded(() -> departments.linked(layout, region, windows, mentions, kindCode), Optional.empty());
        Optional<Finding> year = guarded(() -> years.find(layout), Optional.empty());
        try {
            return new DocumentFacts(region.region(), value(department), value(year), kindCode,
                    region.evidence(), evidence(department), evidence(year), evidence(kind));
        } catch (RuntimeException e) {
            return DocumentFacts.NONE;
        }
    }

    /** The Chinese name of a kind code (项目支出绩效自评 for project_self_evaluation), or empty. */
    public String docKindName(String code) {
        DocKind kind = kinds.kinds().get(code);
        return kind == null ? "" : kind.name();
    }

    /** The codes of the controlled list of kinds, in the list's order. */
    public List<String> docKindCodes() {
        return List.copyOf(kinds.kinds().keySet());
    }

    /** The division with this six-digit code, as a region (empty when the list has no such code). */
    public AdminRegion division(String code) {
        return divisions.byCode(code).map(divisions::region).orElse(AdminRegion.NONE);
    }

    private static String value(Optional<Finding> f) {
        return f.map(Finding::value).orElse("");
    }

    private static Optional<FactEvidence> evidence(Optional<Finding> f) {
        return f.map(Finding::evidence);
    }

    private static <T> T guarded(Supplier<T> step, T fallback) {
        try {
            return step.get();
        } catch (RuntimeException | StackOverflowError e) {
            return fallback;
        }
    }
}
