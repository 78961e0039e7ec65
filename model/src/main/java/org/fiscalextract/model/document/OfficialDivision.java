package org.fiscalextract.model.document;

import java.util.Objects;

/**
 * One division of the official code list (GB/T 2260, National Bureau of Statistics), as
 * {@code divisions.csv} lists it for joins on region_code.
 *
 * @param code       six digits; a prefecture's ends in 00, a province's in 0000
 * @param level      {@code province}, {@code prefecture} or {@code county}
 * @param prefecture empty for a province, and for a county no prefecture-level city holds
 */
public record OfficialDivision(String code, String name, String level, String province, String prefecture) {
    public OfficialDivision {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(level);
        Objects.requireNonNull(province);
        Objects.requireNonNull(prefecture);
    }
}
