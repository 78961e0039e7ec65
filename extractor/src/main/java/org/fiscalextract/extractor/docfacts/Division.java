package org.fiscalextract.extractor.docfacts;

/**
 * One division of the list.
 *
 * @param code           six digits (510904, 510900, 510000)
 * @param parent         the code of the division directly above it, or empty for a province; a
 *                       county of a municipality or one administered directly by its province
 *                       has the province as parent
 * @param provinceName   the name of its province (itself for a province)
 * @param prefectureName the name reported as its prefecture: the prefecture-level division it
 *                       lies in, itself for a prefecture, the municipality for a county of a
 *                       municipality, empty for a province or a county directly under one
 */
record Division(String code, String name, DivisionLevel level, String parent, String provinceName,
                String prefectureName) {

    boolean isProvince() {
        return level == DivisionLevel.PROVINCE;
    }
}
