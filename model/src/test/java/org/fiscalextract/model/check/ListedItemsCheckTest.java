package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.count;
import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.api.Test;

class ListedItemsCheckTest {
    private final ListedItemsCheck check = new ListedItemsCheck();

    private static final List<String> SEED_001 = List.of("中阳县2024年度衔接推进乡村振兴补助资金支出",
            "中阳县殡仪馆整体项目资金支出", "下枣林乡公益性公募建设项目资金支出", "中阳县县级公益性公募整体项目资金支出",
            "中阳县2023年建制村通公路、自然村通硬化路‘四好农村路’建设", "中阳县‘四好农村路’建设（2022年自然村通公路工程）",
            "中阳县‘四好农村路’建设（2022年建制村通公路工程）", "中阳县2024年‘四好农村路’建设工程");

    private static final List<String> SEED_002 = List.of("省重点产业创新发展专项资金", "人才专项", "社会化养老服务",
            "政法维稳专项", "巩固拓展脱贫攻坚成果衔接推进乡村振兴", "区经信局部门整体支出绩效评价", "民政部门整体项目",
            "湿地公园鹿獐山大道立面整治项目", "征地和拆迁补偿过渡费项目");

    @Test
    void asManyItemsAsStatedHold() {
        assertTrue(check.check(figures(new Relation.ListedItems("test", count("8", "8个项目").build(), SEED_001)))
                .isEmpty());
    }

    @Test
    void moreItemsThanStatedAreAWarning() {
        Finding f = only(check.check(figures(new Relation.ListedItems("headings.（一）",
                count("8", "8个重点项目").id("f1").build(), SEED_002)))).orElseThrow();
        assertEquals("listed_items", f.check());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("8个重点项目 stated, but 9 items are listed: “省重点产业创新发展专项资金”, “人才专项”, “社会化养老服务”, "
                + "“政法维稳专项”, “巩固拓展脱贫攻坚成果衔接推进乡村振兴”, “区经信局部门整体支出绩效评价”, “民政部门整体项目”, "
                + "“湿地公园鹿獐山大道立面整治项目”, “征地和拆迁补偿过渡费项目”: 1 more listed than stated", f.message());
        assertEquals(new BigDecimal("9"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("8"), f.actual().orElseThrow());
        assertEquals(new BigDecimal("-1"), f.difference().orElseThrow());
        assertEquals(List.of("f1"), f.factIds());
    }

    @Test
    void fewerItemsThanStatedAreAWarning() {
        Optional<Finding> f = only(check.check(figures(new Relation.ListedItems("test",
                count("3", "3个项目").build(), List.of("粮食储备扩容", "智慧城市平台建设")))));
        assertEquals(Severity.WARNING, f.orElseThrow().severity());
        assertTrue(f.get().message().endsWith("1 fewer listed than stated"), f.get().message());
    }

    @Test
    void anApproximateCountOrAnEmptyListDecidesNothing() {
        assertTrue(check.check(figures(new Relation.ListedItems("test",
                count("20", "20余项").qualifier(Qualifier.APPROX).build(), SEED_002))).isEmpty());
        assertTrue(check.check(figures(new Relation.ListedItems("test", count("8", "8个").build(), List.of())))
                .isEmpty());
    }
}
