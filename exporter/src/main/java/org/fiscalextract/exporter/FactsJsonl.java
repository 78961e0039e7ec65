package org.fiscalextract.exporter;

import java.io.IOException;
import java.util.List;

import org.fiscalextract.model.fact.Fact;

/**
 * {@code facts.jsonl}: the rows of facts.csv as JSON Lines, one object per fact and line, for
 * tools that stream (jq, DuckDB, pandas' {@code read_json(lines=True)}). Field names are the
 * CSV's columns; {@code start} and {@code end} are numbers, every other value a string as in
 * the CSV (exact decimals stay exact).
 */
public final class FactsJsonl {
    private final Appendable out;

    private FactsJsonl(Appendable out) {
        this.out = out;
    }

    public static FactsJsonl start(Appendable out) {
        return new FactsJsonl(out);
    }

    /** Writes a line another run wrote, as it was. */
    public void copy(String line) throws IOException {
        out.append(line).append('\n');
    }

    public void rows(String docId, Iterable<Fact> facts) throws IOException {
        List<ContractSchema.Column> columns = ContractSchema.FACTS.columns();
        for (Fact f : facts) {
            List<String> values = FactsCsv.values(docId, f);
            JsonWriter json = JsonWriter.compact(out).beginObject();
            for (int i = 0; i < columns.size(); i++) {
                json.name(columns.get(i).name());
                if (columns.get(i).type() == ContractSchema.Type.INTEGER) {
                    json.number(values.get(i));
                } else {
                    json.value(values.get(i));
                }
            }
            json.endObject();
        }
    }
}
