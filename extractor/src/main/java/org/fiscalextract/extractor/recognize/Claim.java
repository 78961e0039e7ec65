package org.fiscalextract.extractor.recognize;

/**
 * A stretch of text that holds digits but is not a quantity (a year, a date, a document
 * number, a classification or project code, a phone number): no mention may overlap it.
 */
public record Claim(int start, int end, String rule) {
    public Claim {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative claim [" + start + "," + end + ")");
        }
    }
}
