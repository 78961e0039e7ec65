package org.fiscalextract.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.fiscalextract.exporter.Comparison;
import org.fiscalextract.exporter.ComparisonPart;

/**
 * {@code comparison.csv}, one file, the same bytes the command line writes for the same input
 * (with its byte-order mark, unless {@code --no-bom}): each content's {@link ComparisonPart} (a
 * few hundred bytes) is made on its executor, the parts are brought to the driver, put in input
 * order and added up there.
 */
final class ComparisonFile {
    static final String NAME = "comparison.csv";

    private ComparisonFile() {
    }

    /** @param contents one result per content: the first file that has it */
    static void write(JavaRDD<FileResult> contents, String output, boolean bom, Configuration hadoop)
            throws IOException {
        List<Ordered> parts = new ArrayList<>(contents.map(r -> new Ordered(r.order(), r.comparisonPart()))
                .collect());
        parts.sort((a, b) -> InputOrder.BY_PATH.compare(a.order(), b.order()));
        Comparison comparison = new Comparison();
        for (Ordered p : parts) {
            comparison.add(p.part());
        }
        Path file = new Path(output, NAME);
        FileSystem fs = file.getFileSystem(hadoop);
        try (Writer out = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8)) {
            if (bom) {
                out.write('\uFEFF');
            }
            comparison.print(out);
        }
    }

    record Ordered(List<String> order, ComparisonPart part) implements java.io.Serializable {
    }
}
