package org.fiscalextract.extractor.docfacts;

/** The three levels of the GB/T 2260 list. */
enum DivisionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY
}
