package org.fiscalextract.model.document;

import java.util.Objects;

/**
 * An administrative division as the GB/T 2260 list names it: the division itself ({@code name},
 * e.g. 安居区) with its six-digit {@code code} (county 510904, prefecture-level 510900, province
 * 510000) and the names of the province and prefecture-level division it lies in. Empty strings
 * stand for "not known" or "no such level" (a province has no prefecture).
 *
 * <p>A name found in a document that the list holds more than once and the document does not
 * disambiguate is kept as {@code name} with an empty code.
 */
public record AdminRegion(String name, String code, String province, String prefecture) {
    public static final AdminRegion NONE = new AdminRegion("", "", "", "");

    public AdminRegion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(prefecture, "prefecture");
        if (!code.isEmpty() && !code.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a division code has six digits: " + code);
        }
        if (name.isEmpty() && !(code.isEmpty() && province.isEmpty() && prefecture.isEmpty())) {
            throw new IllegalArgumentException("a region without a name cannot have a code, province or prefecture");
        }
    }

    public boolean isKnown() {
        return !name.isEmpty();
    }
}
