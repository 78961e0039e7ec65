package org.fiscalextract.extractor.ingest;

import java.util.Locale;

/** Sizes in the units people use: 512 bytes, 3.2 KB, 120 MB. */
public final class ByteSize {
    private ByteSize() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        String[] units = {"KB", "MB", "GB", "TB"};
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    /** Parses {@code 512}, {@code 200KB}, {@code 50MB}, {@code 1GB} (binary multiples). */
    public static long parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        long multiplier = 1;
        for (String[] unit : new String[][] {{"KB", "1024"}, {"MB", "1048576"}, {"GB", "1073741824"},
                {"K", "1024"}, {"M", "1048576"}, {"G", "1073741824"}, {"B", "1"}}) {
            if (s.endsWith(unit[0])) {
                multiplier = Long.parseLong(unit[1]);
                s = s.substring(0, s.length() - unit[0].length());
                break;
            }
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no number in size '" + text + "'");
        }
        return Math.multiplyExact(Long.parseLong(s), multiplier);
    }
}
