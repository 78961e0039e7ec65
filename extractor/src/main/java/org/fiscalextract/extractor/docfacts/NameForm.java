package org.fiscalextract.extractor.docfacts;

/** How a written name stands for a division. */
enum NameForm {
    /** The list's own name: 四川省, 攀枝花市, 东区. */
    FULL,
    /** A province or prefecture without its ending: 四川, 攀枝花, 凉山州. */
    SHORT,
    /** A county without its ending (安居, 丰都): only read right after its own prefecture or province. */
    COUNTY_SHORT
}
