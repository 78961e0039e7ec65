package org.fiscalextract.extractor.link;

/** A word of segmented text with HanLP's part-of-speech tag and its offset in that text. */
record Token(String word, String nature, int offset) {

    int end() {
        return offset + word.length();
    }

    boolean natureStartsWith(String prefix) {
        return nature.startsWith(prefix);
    }
}
