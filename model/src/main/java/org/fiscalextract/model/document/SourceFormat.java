package org.fiscalextract.model.document;

/** The format a file was read as, detected from its content rather than its name. */
public enum SourceFormat {
    DOCX("docx"),
    DOC("doc"),
    PDF("pdf"),
    TXT("txt"),
    HTML("html"),
    XLSX("xlsx"),
    XLS("xls"),
    RTF("rtf"),
    WPS("wps"),
    ET("et"),
    /** Content that no supported parser recognises. */
    UNKNOWN("unknown");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    /** The short lower-case name written to documents.csv. */
    public String label() {
        return label;
    }

    /** True for formats whose text is laid out on pages (offsets carry a page number). */
    public boolean paged() {
        return this == PDF;
    }
}
