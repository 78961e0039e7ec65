package org.fiscalextract.exporter.workbook;



/** The background a findings row gets from its severity, so errors stand out when scrolling. */
enum SeverityFill {
    NONE(null),
    /** Excel's own "Bad" red, light enough to read black text on. */
    ERROR(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}),
    /** Excel's own "Neutral" yellow. */
    WARNING(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C});

    private final byte[] rgb;

    SeverityFill(byte[] rgb) {
        this.rgb = rgb;
    }

    /** Info (within rounding) and anything unknown get no fill. */
    static SeverityFill of(String severity) {
        return switch (severity) {
            case "error" -> ERROR;
            case "warning" -> WARNING;
            default -> NONE;
        };
    }

    /** Red, green, blue; null for no fill. */
    byte[] rgb() {
        return rgb == null ? null : rgb.clone();
    }
}
