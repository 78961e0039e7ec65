package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Quantity.Amount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the case files cannot show: the unit an amount was stated in, and the rule that found it. */
class AmountRecognizerTest {
    private static final AmountRecognizer MONEY = new AmountRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1302.76万元|1302.76万元|1302.76|WAN|money.arabic_unit",
            "共1,302.76万元|1,302.76万元|1302.76|WAN|money.arabic_unit",
            "119,198元|119,198元|119198|YUAN|money.arabic_unit",
            "约22.66亿元|约22.66亿元|22.66|YI|money.arabic_unit",
            "5千元|5千元|5|QIAN|money.arabic_unit",
            "5千万元|5千万元|5|QIANWAN|money.arabic_unit",
            "3百万元|3百万元|3|BAIWAN|money.arabic_unit",
            "1.2万亿元|1.2万亿元|1.2|WANYI|money.arabic_unit",
            "壹佰贰拾万元|壹佰贰拾万元|120|WAN|money.chinese_formal",
            "伍仟元整|伍仟元整|5000|YUAN|money.chinese_formal",
            "十余万元|十余万元|10|WAN|money.chinese_unit",
            "三千万元|三千万元|3000|WAN|money.chinese_unit",
            "一亿二千万元|一亿二千万元|120000000|YUAN|money.chinese_unit",
            "十亿3000万元|十亿3000万元|1030000000|YUAN|money.mixed_unit",
            "十亿3000万|十亿3000万|1030000000|YUAN|money.two_magnitudes",
            "3.3个亿|3.3个亿|330000000|YUAN|money.classifier_yi",
            "投资5000万用于建设|5000万|50000000|YUAN|money.magnitude_in_context",
            "对50万以上的重点项目|50万以上|500000|YUAN|money.magnitude_before_project",
            "增加27.64万元|27.64万元|27.64|WAN|money.arabic_unit",
    })
    void keepsTheStatedUnit(String text, String span, String value, MoneyUnit unit, String rule) {
        List<Mention> found = new ArrayList<>();
        MONEY.recognize(text, found);
        Mention m = found.stream().filter(x -> text.substring(x.start(), x.end()).equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError(text + ": no mention " + span + " in " + found));
        Amount amount = (Amount) m.quantity();
        assertEquals(0, new BigDecimal(value).compareTo(amount.value()), text);
        assertEquals(unit, amount.unit(), text);
        assertEquals(rule, m.rule(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,30,2.76万元", "1302,76万元", "12345678901234567890123万元", "几十万元", "数十万元",
            "一元化管理", "惠及5万群众", "5万人次", "42万吨", "单位：万元", "年度预算数（万元）"})
    void findsNoAmountWhereNoneCanBeRead(String text) {
        List<Mention> found = new ArrayList<>();
        MONEY.recognize(text, found);
        assertTrue(found.isEmpty(), text + " gave " + found);
    }
}
