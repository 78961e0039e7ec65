package org.fiscalextract.extractor.link;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.fact.MoneyUnit;

/** What table headers say about the numbers they head ({@code table-headers.tsv}, {@code money-units.tsv}). */
final class TableHeaders {
    enum Role { CODE, EXPLANATION, ROW_LABEL, WEIGHT, SCORE, UNIT_COLUMN, COMPARATOR_COLUMN, INDICATOR_VALUE, RATE, COUNT }

    private record Entry(Role role, Pattern pattern) {
    }

    private final List<Entry> entries;
    private final List<String> moneyWordings;
    private final List<MoneyUnit> moneyUnits;
    private final Pattern statedUnit;
    private final java.util.Map<String, Optional<Role>> memo;

    private TableHeaders(List<Entry> entries, List<String> moneyWordings, List<MoneyUnit> moneyUnits,
                         java.util.Map<String, Optional<Role>> memo) {
        this.entries = entries;
        this.moneyWordings = moneyWordings;
        this.moneyUnits = moneyUnits;
        this.memo = memo;
        // 单位：万元, 单位:元, （万元）, (元)
        String alternatives = String.join("|", moneyWordings);
        this.statedUnit = Pattern.compile("单位\\s*[:：]\\s*(" + alternatives + ")|[（(]\\s*(" + alternatives + ")\\s*[)）]");
    }

    static TableHeaders load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : DataFile.table(FactExtractor.class, "table-headers.tsv").rows(2)) {
            entries.add(new Entry(Role.valueOf(row[0].trim().toUpperCase(java.util.Locale.ROOT)),
                    Pattern.compile(row[1].trim())));
        }
        List<String> wordings = new ArrayList<>();
        List<MoneyUnit> units = new ArrayList<>();
        for (String[] row : DataFile.table(FactExtractor.class, "money-units.tsv").rows(2)) {
            wordings.add(row[0].trim());
            units.add(MoneyUnit.valueOf(row[1].trim()));
        }
        return new TableHeaders(List.copyOf(entries), List.copyOf(wordings), List.copyOf(units), null);
    }

    /**
     * A view that remembers each header's role: a table asks about the same few header texts
     * for every one of its cells.
     */
    TableHeaders memo() {
        return new TableHeaders(entries, moneyWordings, moneyUnits, new java.util.HashMap<>());
    }

    /** The first role this header text plays, if any. */
    Optional<Role> role(String header) {
        if (memo == null) {
            return findRole(header);
        }
        return memo.computeIfAbsent(header, this::findRole);
    }

    private Optional<Role> findRole(String header) {
        if (header.isEmpty()) {
            return Optional.empty();
        }
        for (Entry e : entries) {
            if (e.pattern().matcher(header).find()) {
                return Optional.of(e.role());
            }
        }
        return Optional.empty();
    }

    boolean plays(String header, Role role) {
        return role(header).filter(r -> r == role).isPresent();
    }

    /** A money unit stated in a header or caption: 单位：万元, 年度预算数（万元）. */
    Optional<MoneyUnit> moneyUnit(String text) {
        Matcher m = statedUnit.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String wording = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(moneyUnits.get(moneyWordings.indexOf(wording)));
    }

    /** A unit cell's own money unit (万元 in a 度量单位 column). */
    Optional<MoneyUnit> moneyUnitWord(String cell) {
        int i = moneyWordings.indexOf(cell.trim());
        return i < 0 ? Optional.empty() : Optional.of(moneyUnits.get(i));
    }
}
