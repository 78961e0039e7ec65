package org.fiscalextract.model.document;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which of the standard tables of a budget or final account (收支总表, 收入表, 支出表, …, “三公”经费表)
 * a document holds, which its text declares empty (本部门无政府性基金预算), and which are missing.
 * Empty for a document that holds none of them: it is not that kind of document.
 */
public record TableInventory(List<Entry> entries) {
    public static final TableInventory NONE = new TableInventory(List.of());

    public enum Status {
        PRESENT("present"), DECLARED_EMPTY("declared_empty"), MISSING("missing");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param kind   the table's code ({@code income}, {@code three_public}, …)
     * @param name   its Chinese name (收入表)
     * @param status present, declared empty or missing
     * @param table  its number (as in the {@code t2r3c4} locations of its cells) when present, else 0
     */
    public record Entry(String kind, String name, Status status, int table) {
        public Entry {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(name);
            Objects.requireNonNull(status);
            if ((status == Status.PRESENT) != (table >= 1)) {
                throw new IllegalArgumentException("a present table has a number, no other does: " + kind);
            }
        }
    }

    public TableInventory {
        entries = List.copyOf(entries);
    }

    public List<Entry> with(Status status) {
        return entries.stream().filter(e -> e.status() == status).toList();
    }

    /** The names of the tables with {@code status}, joined by 、 for messages. */
    public String names(Status status) {
        return with(status).stream().map(Entry::name).collect(Collectors.joining("、"));
    }

    /** The codes of the tables with {@code status}, joined by ; for a CSV cell. */
    public String kinds(Status status) {
        return with(status).stream().map(Entry::kind).collect(Collectors.joining(";"));
    }
}
