package org.fiscalextract.extractor.docfacts;

/** One division a written name may stand for, and in which form. */
record NameCandidate(Division division, NameForm form) {
}
