package org.fiscalextract.model.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;

/**
 * A scored indicator table (绩效指标 / 自评表): its sections with the weights their headings state
 * (总体绩效（65分）, 预算管理（21分）), its items with weight and score, and the stated total.
 * Weights are points, as the table states them; a missing weight or score is empty, not zero.
 *
 * @param name      how the document names the table, e.g. 部门整体支出绩效自评表
 * @param location  where its first cell stands, e.g. t1r1c1
 */
public record IndicatorTable(String name, String location, List<Section> sections, List<Item> items,
                             Optional<Points> totalWeight, Optional<Fact> totalScore) {
    public IndicatorTable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(location);
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        Objects.requireNonNull(totalWeight);
        Objects.requireNonNull(totalScore);
    }

    /** A number of points as the table states it, with the cell it stands in and that cell's text. */
    public record Points(java.math.BigDecimal value, String text, String location) {
        public Points {
            Objects.requireNonNull(value);
            Objects.requireNonNull(text);
            Objects.requireNonNull(location);
        }
    }

    /**
     * A section (一级 or 二级指标) with the weight its heading states; {@code parent} is the name of
     * the section it belongs to, empty at the top level.
     */
    public record Section(String name, int level, String parent, Points weight) {
        public Section {
            Objects.requireNonNull(name);
            Objects.requireNonNull(parent);
            Objects.requireNonNull(weight);
        }
    }

    /** An item (三级指标) in its section, with its weight and score where the table gives them. */
    public record Item(String name, String section, Optional<Points> weight, Optional<Fact> score) {
        public Item {
            Objects.requireNonNull(name);
            Objects.requireNonNull(section);
            Objects.requireNonNull(weight);
            Objects.requireNonNull(score);
        }
    }
}
