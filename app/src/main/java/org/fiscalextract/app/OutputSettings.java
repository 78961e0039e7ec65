package org.fiscalextract.app;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a run writes its output folder.
 *
 * @param bom     start each CSV file with a UTF-8 byte-order mark, so Excel and WPS read it as UTF-8
 * @param timings fill documents.csv's millis column (which makes runs differ byte for byte)
 * @param formats the files to write besides the contract CSV files
 */
record OutputSettings(boolean bom, boolean timings, Set<OutputFormat> formats) {
    static final OutputSettings DEFAULT = new OutputSettings(true, false, EnumSet.allOf(OutputFormat.class));

    OutputSettings {
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
    }

    boolean writes(OutputFormat format) {
        return format == OutputFormat.CSV || formats.contains(format);
    }
}
