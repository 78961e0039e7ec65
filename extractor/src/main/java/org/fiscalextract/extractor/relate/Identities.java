package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fiscalextract.extractor.data.DataFile;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * The sums every budget and final account must satisfy (基本支出 + 项目支出 = 支出合计, 人员经费 +
 * 公用经费 = 基本支出, 三公经费 = 因公出国（境）+ 公务用车 + 公务接待, 收入合计 = 支出合计), found by
 * the facts' canonical keys ({@code identities.tsv}).
 */
final class Identities {
    /** Parts stated further than this many blocks after their total are another section's. */
    private static final int REACH = 12;

    private record Identity(String total, List<String> parts) {
    }

    private final List<Identity> identities;

    Identities() {
        List<Identity> list = new ArrayList<>();
        for (String[] row : DataFile.table(Identities.class, "identities.tsv").rows(2)) {
            list.add(new Identity(row[0].trim(), Arrays.asList(row[1].trim().split("\\s+"))));
        }
        this.identities = List.copyOf(list);
    }

    void find(FactIndex index, List<Relation> out) {
        List<Fact> prose = index.all().stream()
                .filter(f -> f.location() instanceof Location.Paragraph && f.qualifier() == Qualifier.EXACT
                        && f.kind().equals("amount"))
                .toList();
        for (Identity identity : identities) {
            for (int t = 0; t < prose.size(); t++) {
                Fact total = prose.get(t);
                if (!total.canonical().equals(identity.total())) {
                    continue;
                }
                List<Fact> parts = new ArrayList<>();
                for (String key : identity.parts()) {
                    prose.stream().skip(t + 1)
                            .filter(f -> f.canonical().equals(key) && paragraph(f) - paragraph(total) <= REACH)
                            .findFirst().ifPresent(parts::add);
                }
                if (parts.size() == identity.parts().size()) {
                    out.add(new Relation.Breakdown("identity." + identity.total(), total, parts, true));
                    break; // the first statement of the total; restatements are the restatement check's
                }
            }
        }
    }

    private static int paragraph(Fact f) {
        return ((Location.Paragraph) f.location()).paragraph();
    }
}
