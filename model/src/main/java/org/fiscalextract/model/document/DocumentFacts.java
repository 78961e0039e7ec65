package org.fiscalextract.model.document;

import java.util.Objects;
import java.util.Optional;

/**
 * What a document says about itself: the columns {@code region, region_code, province,
 * prefecture, department, fiscal_year, doc_kind} of {@code documents.csv}, each with the evidence
 * it was read from (for the JSON output). Empty strings stand for "not known"; a value is known
 * exactly when its evidence is present.
 *
 * @param division           the most specific administrative division the document is about
 * @param department         the publishing or evaluated body as the document names it
 *                           (中阳县财政局), or empty when the document does not state it
 * @param fiscalYear         the year reported on, four digits ("2024"), or empty
 * @param docKind            the code of the kind of report ({@code final_account},
 *                           {@code project_self_evaluation}, …), or empty
 * @param regionEvidence     where the division was named
 * @param departmentEvidence where the department was named
 * @param fiscalYearEvidence where the fiscal year was stated
 * @param docKindEvidence    the words that decided the kind
 */
public record DocumentFacts(AdminRegion division, String department, String fiscalYear, String docKind,
                            Optional<FactEvidence> regionEvidence, Optional<FactEvidence> departmentEvidence,
                            Optional<FactEvidence> fiscalYearEvidence, Optional<FactEvidence> docKindEvidence) {

    public static final DocumentFacts NONE = new DocumentFacts(AdminRegion.NONE, "", "", "",
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public DocumentFacts {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(docKind, "docKind");
        Objects.requireNonNull(regionEvidence, "regionEvidence");
        Objects.requireNonNull(departmentEvidence, "departmentEvidence");
        Objects.requireNonNull(fiscalYearEvidence, "fiscalYearEvidence");
        Objects.requireNonNull(docKindEvidence, "docKindEvidence");
        if (!fiscalYear.isEmpty() && !fiscalYear.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("a fiscal year has four digits: " + fiscalYear);
        }
        requireEvidence("region", division.isKnown(), regionEvidence);
        requireEvidence("department", !department.isEmpty(), departmentEvidence);
        requireEvidence("fiscal year", !fiscalYear.isEmpty(), fiscalYearEvidence);
        requireEvidence("doc kind", !docKind.isEmpty(), docKindEvidence);
    }

    /** The most specific division named, e.g. 安居区; empty when unknown. */
    public String region() {
        return division.name();
    }

    /** The division's six-digit GB/T 2260 code, e.g. 510904; empty when unknown or ambiguous. */
    public String regionCode() {
        return division.code();
    }

    /** The province-level division, e.g. 四川省 or 重庆市. */
    public String province() {
        return division.province();
    }

    /** The prefecture-level division, e.g. 遂宁市; for a district or county of a municipality, the municipality. */
    public String prefecture() {
        return division.prefecture();
    }

    private static void requireEvidence(String what, boolean known, Optional<FactEvidence> evidence) {
        if (known != evidence.isPresent()) {
            throw new IllegalArgumentException(what + (known ? " is known but has no evidence" : " is unknown but has evidence"));
        }
    }
}
