package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.fiscalextract.model.fact.Quantity.Count;
import org.fiscalextract.model.fact.Quantity.Measure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the case files cannot show: what a count counts, a measure's unit as written, the rule. */
class CountAndMeasureRecognizerTest {
    private static final QuantityRecognizer ALL = QuantityRecognizer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8个项目|个项目|count.classifier",
            "85个预算单位|个预算单位|count.classifier",
            "86家预算单位|家预算单位|count.classifier",
            "100个县级重点项目|个县级重点项目|count.classifier",
            "25人次|人次|count.classifier",
            "3批次|批次|count.classifier",
            "20项|项|count.classifier",
            "4项任务|项任务|count.classifier",
            "办结可研批复268个|个|count.classifier",
            "3个项目部分支付|个项目|count.classifier",
            "0台（套）|台（套）|count.classifier",
            "八个项目|个项目|count.chinese_classifier",
            "分两批|批|count.chinese_classifier",
            "23件重点民生实事|件重点民生实事|count.classifier",
            "6个人防工程建设|个人防工程|count.classifier",
    })
    void namesWhatIsCounted(String text, String counted, String rule) {
        Mention m = only(text);
        assertEquals(counted, ((Count) m.quantity()).counted(), text);
        assertEquals(rule, m.rule(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "42万吨|42|万吨|measure.unit",
            "2.3万平方米|2.3|万平方米|measure.unit",
            "9万余吨|9|万吨|measure.unit",
            "425万粒|425|万粒|measure.unit",
            "1000万条|1000|万条|measure.unit",
            "≥530次|530|次|measure.unit",
            "5个工作日|5|个工作日|measure.unit",
            "4500亩|4500|亩|measure.unit",
            "5千米|5|千米|measure.unit",
            "十次|10|次|measure.chinese_unit",
    })
    void keepsTheUnitAsWritten(String text, String value, String unit, String rule) {
        Mention m = only(text);
        Measure measure = (Measure) m.quantity();
        assertEquals(0, new java.math.BigDecimal(value).compareTo(measure.value()), text);
        assertEquals(unit, measure.unit(), text);
        assertEquals(rule, m.rule(), text);
    }

    private static Mention only(String text) {
        List<Mention> found = ALL.recognize(text);
        assertEquals(1, found.size(), text + " gave " + found);
        return found.get(0);
    }
}
