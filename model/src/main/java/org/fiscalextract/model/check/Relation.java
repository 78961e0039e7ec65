package org.fiscalextract.model.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.fact.Fact;

/**
 * Figures of a report that must agree with each other, as the extractor found them related.
 * The checks decide whether they do; the extractor only says which facts go together.
 */
public sealed interface Relation permits Relation.Breakdown, Relation.Ratio, Relation.Shares, Relation.Change,
        Relation.GradedScore, Relation.CountParts, Relation.ListedItems, Relation.RateWording, Relation.WholeCounts,
        Relation.ProseAndTable, Relation.Unspent, Relation.TableSet {

    /** How the extractor knows the facts are related, e.g. {@code prose.其中}, {@code identity.basic+project}. */
    String source();

    /**
     * A total and its parts: 总额1302.76万元，其中：上级10.53万元，县级1292.23万元. {@code exhaustive}
     * when the parts are meant to make up the whole (a 合计 row, 人员经费 + 公用经费 = 基本支出); a
     * 其中 may list only some parts, and then only parts exceeding the total are an error.
     */
    record Breakdown(String source, Fact total, List<Fact> parts, boolean exhaustive) implements Relation {
        public Breakdown {
            Objects.requireNonNull(source);
            Objects.requireNonNull(total);
            parts = List.copyOf(parts);
        }
    }

    /**
     * A rate stated with the amounts it is the ratio of: 执行率79.6% with 支付8.30万元 ÷ 预算10.43万元,
     * 占80.57% with 204.53万元 ÷ 253.87万元. {@code base} names the denominator: budget (initial),
     * adjusted, received, total.
     */
    record Ratio(String source, Fact rate, Fact numerator, Fact denominator, String base) implements Relation {
        public Ratio {
            Objects.requireNonNull(source);
            Objects.requireNonNull(rate);
            Objects.requireNonNull(numerator);
            Objects.requireNonNull(denominator);
            Objects.requireNonNull(base);
        }
    }

    /** Shares of one whole that should add up to 100%: 占80.57%、8.79%、4.49%、6.15%. */
    record Shares(String source, List<Fact> shares, boolean exhaustive) implements Relation {
        public Shares {
            Objects.requireNonNull(source);
            shares = List.copyOf(shares);
        }
    }

    /**
     * A year-on-year change: the current amount, the change (increase or decrease) and the
     * growth rate, each optional but the current value: 253.87万元，增加27.64万元，增长12.22%.
     */
    record Change(String source, Fact current, Optional<Fact> change, Optional<Fact> rate) implements Relation {
        public Change {
            Objects.requireNonNull(source);
            Objects.requireNonNull(current);
            Objects.requireNonNull(change);
            Objects.requireNonNull(rate);
        }
    }

    /** A score and the grade given with it: 得分为89.97分，等级为“良”. */
    record GradedScore(String source, Fact score, Fact grade) implements Relation {
        public GradedScore {
            Objects.requireNonNull(source);
            Objects.requireNonNull(score);
            Objects.requireNonNull(grade);
        }
    }

    /** A count and the counts it divides into: 8个项目，其中1个优、4个良、3个中. */
    record CountParts(String source, Fact total, List<Fact> parts, boolean exhaustive) implements Relation {
        public CountParts {
            Objects.requireNonNull(source);
            Objects.requireNonNull(total);
            parts = List.copyOf(parts);
        }
    }

    /** A stated number of items and the items the document goes on to list: 8个重点项目 vs （一）…（九）. */
    record ListedItems(String source, Fact count, List<String> items) implements Relation {
        public ListedItems {
            Objects.requireNonNull(source);
            Objects.requireNonNull(count);
            items = List.copyOf(items);
        }
    }

    /** How a sentence says an outturn compares with its budget. */
    enum Comparison {
        BELOW, EQUAL, ABOVE
    }

    /**
     * A completion rate and the words of the same sentence that compare the two amounts it divides:
     * 完成预算100%，……决算数小于预算数. {@code words} is the comparing phrase as written.
     */
    record RateWording(String source, Fact rate, Comparison comparison, String words) implements Relation {
        public RateWording {
            Objects.requireNonNull(source);
            Objects.requireNonNull(rate);
            Objects.requireNonNull(comparison);
            Objects.requireNonNull(words);
        }
    }

    /**
     * One whole population counted more than once, each count said to be all of it, in the same
     * year: 全区85个预算单位 and 区级所有预算单位，82个预算单位. {@code counted} names what is counted.
     */
    record WholeCounts(String source, String counted, List<Fact> counts) implements Relation {
        public WholeCounts {
            Objects.requireNonNull(source);
            Objects.requireNonNull(counted);
            counts = List.copyOf(counts);
        }
    }

    /**
     * One figure of one item stated in the running text and in a table: a project's score as the
     * text gives it (自评得分为98.5分) and as its table's total row does (合计 … 98.5).
     */
    record ProseAndTable(String source, String item, Fact prose, Fact cell) implements Relation {
        public ProseAndTable {
            Objects.requireNonNull(source);
            Objects.requireNonNull(item);
            Objects.requireNonNull(prose);
            Objects.requireNonNull(cell);
        }
    }

    /**
     * An execution rate of a budget and the parts the text says were not (fully) spent:
     * 预算总额1471.75万元，预算执行率95.24%，…“十五五”规划专项经费（预算170万元，…未支付）、
     * 价格监测经费（预算10.43万元，支付8.30万元）. The rate caps what can be left unspent.
     */
    record Unspent(String source, Fact rate, Fact budget, List<UnspentPart> parts) implements Relation {
        public Unspent {
            Objects.requireNonNull(source);
            Objects.requireNonNull(rate);
            Objects.requireNonNull(budget);
            parts = List.copyOf(parts);
        }
    }

    /** A part's budget and what of it was spent; none spent when {@code spent} is empty (未支付). */
    record UnspentPart(Fact budget, Optional<Fact> spent) {
        public UnspentPart {
            Objects.requireNonNull(budget);
            Objects.requireNonNull(spent);
        }
    }

    /**
     * The standard tables a budget or final account with such tables should hold: those it
     * holds, those it declares empty (本部门无政府性基金预算), and those missing.
     */
    record TableSet(String source, TableInventory inventory) implements Relation {
        public TableSet {
            Objects.requireNonNull(source);
            Objects.requireNonNull(inventory);
        }
    }
}
