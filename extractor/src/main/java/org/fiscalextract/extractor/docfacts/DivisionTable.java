package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscalextract.model.document.AdminRegion;

/**
 * The GB/T 2260 list (divisions/*.csv), loaded once: every province, prefecture and county with
 * its parent, and every name a document may write for it (full and short forms).
 */
final class DivisionTable {
    private static final String DIR = "divisions/";

    private final Map<String, Division> byCode;
    private final Map<String, List<NameCandidate>> names;

    private DivisionTable(Map<String, Division> byCode, Map<String, List<NameCandidate>> names) {
        this.byCode = byCode;
        this.names = names;
    }

    /** Every division, by code. */
    List<Division> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Division::code)).toList();
    }

    static DivisionTable load(DataFile affixes, List<String> ethnicNames) {
        Shortener shortener = new Shortener(affixes, ethnicNames);
        Map<String, String> groupings = new HashMap<>();
        for (String[] row : affixes.rowsOf("grouping", 3)) {
            groupings.put(row[1], row[2]);
        }
        Map<String, Division> byCode = new LinkedHashMap<>();
        for (String[] row : csvRows("provinces.csv", 2)) {
            String code = row[0] + "0000";
            byCode.put(code, new Division(code, row[1], DivisionLevel.PROVINCE, "", row[1], ""));
        }
        Map<String, String> groupingOfCity = new HashMap<>();
        for (String[] row : csvRows("cities.csv", 3)) {
            Division province = byCode.get(row[2] + "0000");
            if (province == null) {
                throw new IllegalStateException("cities.csv: unknown province " + row[2]);
            }
            String grouping = groupings.get(row[1]);
            if (grouping != null) {
                groupingOfCity.put(row[0], grouping);
                continue;
            }
            String code = row[0] + "00";
            byCode.put(code, new Division(code, row[1], DivisionLevel.PREFECTURE, province.code(), province.name(), row[1]));
        }
        for (String[] row : csvRows("areas.csv", 4)) {
            if (byCode.containsKey(row[0])) {
                continue;   // a prefecture-level city without counties lists itself again (东莞市 441900)
            }
            Division province = byCode.get(row[3] + "0000");
            if (province == null) {
                throw new IllegalStateException("areas.csv: unknown province " + row[3]);
            }
            String grouping = groupingOfCity.get(row[2]);
            Division city = byCode.get(row[2] + "00");
            Division division;
            if (grouping != null || city == null) {
                String prefecture = "municipality".equals(grouping) ? province.name() : "";
                division = new Division(row[0], row[1], DivisionLevel.COUNTY, province.code(), province.name(), prefecture);
            } else {
                division = new Division(row[0], row[1], DivisionLevel.COUNTY, city.code(), province.name(), city.name());
            }
            byCode.put(row[0], division);
        }
        return new DivisionTable(Map.copyOf(byCode), buildNames(byCode, shortener));
    }

    private static Map<String, List<NameCandidate>> buildNames(Map<String, Division> byCode, Shortener shortener) {
        Map<String, List<NameCandidate>> names = new HashMap<>();
        for (Division d : byCode.values()) {
            names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(new NameCandidate(d, NameForm.FULL));
            NameForm shortForm = d.level() == DivisionLevel.COUNTY ? NameForm.COUNTY_SHORT : NameForm.SHORT;
            for (String form : shortener.shortForms(d)) {
                names.computeIfAbsent(form, k -> new ArrayList<>()).add(new NameCandidate(d, shortForm));
            }
        }
        Map<String, List<NameCandidate>> kept = new HashMap<>();
        for (Map.Entry<String, List<NameCandidate>> e : names.entrySet()) {
            List<NameCandidate> candidates = e.getValue();
            boolean isFullName = candidates.stream().anyMatch(c -> c.form() == NameForm.FULL);
            DivisionLevel highestShort = candidates.stream().filter(c -> c.form() == NameForm.SHORT)
                    .map(c -> c.division().level()).min(Comparator.naturalOrder()).orElse(null);
            List<NameCandidate> list = candidates.stream()
                    // a full name is never read as another division's short form
                    .filter(c -> !isFullName || c.form() == NameForm.FULL)
                    // a short form shared by a province and a prefecture (吉林, 海南) is the province's
                    .filter(c -> c.form() != NameForm.SHORT || c.division().level() == highestShort)
                    // a county named like the city it lies in is that city (嘉峪关市 620201 in 嘉峪关市 620200)
                    .filter(c -> !(c.division().level() == DivisionLevel.COUNTY
                            && c.division().name().equals(parentName(byCode, c.division()))))
                    .toList();
            kept.put(e.getKey(), list);
        }
        return Map.copyOf(kept);
    }

    private static String parentName(Map<String, Division> byCode, Division d) {
        Division parent = byCode.get(d.parent());
        return parent == null ? "" : parent.name();
    }

    private static List<String[]> csvRows(String file, int min) {
        DataFile csv = DataFile.csv(DocumentFactsFinder.class, DIR + file);
        List<String[]> rows = new ArrayList<>();
        for (DataFile.Line line : csv.lines().subList(1, csv.lines().size())) {
            if (line.text().isBlank()) {
                continue;
            }
            String[] fields = line.text().split(",", -1);
            if (fields.length < min) {
                throw new IllegalStateException(file + ":" + line.number() + ": expected " + min + " fields");
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = unquote(fields[i].trim());
            }
            rows.add(fields);
        }
        return rows;
    }

    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }

    /** Every written form with the divisions it may stand for. */
    Map<String, List<NameCandidate>> names() {
        return names;
    }

    Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Optional<Division> parent(Division d) {
        return d.parent().isEmpty() ? Optional.empty() : byCode(d.parent());
    }

    /** True when {@code ancestor} is {@code d} or lies above it. */
    boolean contains(Division ancestor, Division d) {
        for (Division x = d; x != null; x = parent(x).orElse(null)) {
            if (x.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return byCode.size();
    }

    AdminRegion region(Division d) {
        return new AdminRegion(d.name(), d.code(), d.provinceName(), d.prefectureName());
    }

    /** How full names are shortened, from division-affixes.tsv and ethnic-groups.txt. */
    private static final class Shortener {
        private final List<String> provinceSuffixes;
        private final List<String> prefectureSuffixes;
        private final List<String> countySuffixes;
        private final List<String> autonomousSuffixes;
        private final List<String> ethnicNames;

        Shortener(DataFile affixes, List<String> ethnicNames) {
            this.provinceSuffixes = affixes.valuesOf("province-suffix");
            this.prefectureSuffixes = affixes.valuesOf("prefecture-suffix");
            this.countySuffixes = affixes.valuesOf("county-suffix");
            this.autonomousSuffixes = affixes.valuesOf("autonomous-suffix");
            this.ethnicNames = ethnicNames.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }

        List<String> shortForms(Division d) {
            String name = d.name();
            List<String> forms = new ArrayList<>();
            for (String suffix : autonomousSuffixes) {
                if (name.endsWith(suffix) && d.level() != DivisionLevel.PROVINCE) {
                    String stem = stripEthnic(name.substring(0, name.length() - suffix.length()));
                    add(forms, name, stem);
                    if (d.level() == DivisionLevel.PREFECTURE && stem.length() >= 2) {
                        add(forms, name, stem + "州");
                    }
                    return forms;
                }
            }
            List<String> suffixes = switch (d.level()) {
                case PROVINCE -> provinceSuffixes;
                case PREFECTURE -> prefectureSuffixes;
                case COUNTY -> countySuffixes;
            };
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    add(forms, name, name.substring(0, name.length() - suffix.length()));
                    break;
                }
            }
            return forms;
        }

        private String stripEthnic(String stem) {
            boolean stripped = true;
            while (stripped) {
                stripped = false;
                for (String ethnic : ethnicNames) {
                    if (stem.endsWith(ethnic) && stem.length() - ethnic.length() >= 2) {
                        stem = stem.substring(0, stem.length() - ethnic.length());
                        stripped = true;
                        break;
                    }
                }
            }
            return stem;
        }

        private static void add(List<String> forms, String name, String form) {
            if (form.length() >= 2 && !form.equals(name) && !forms.contains(form)) {
                forms.add(form);
            }
        }
    }
}
