package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of not-quantity is claimed by the rule named for it, over the whole stretch. */
class NotQuantityRecognizerTest {
    private static final NotQuantityRecognizer NOT = new NotQuantityRecognizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024年度|2024年度|not.year",
            "二〇二四年|二〇二四年|not.year_chinese",
            "截至2023年12月31日|2023年12月31日|not.date",
            "12月底|12月底|not.month",
            "1-12月|1-12月|not.month",
            "1—12月|1—12月|not.month",
            "1至12月|1至12月|not.month",
            "1-8月份|1-8月份|not.month",
            "（中财发〔2024〕64号）|〔2024〕64号|not.document_number",
            "黄开铁人才办[2022]3号|[2022]3号|not.document_number",
            "“十五五”规划|十五五|not.plan_name",
            "十四五|十四五|not.plan_name",
            "（204类）|（204类）|not.class_code_bracket",
            "科目2080505|2080505|not.class_code",
            "204 06 01|204 06 01|not.class_code_spaced",
            "电话0817-2345678|0817-2345678|not.phone",
            "13812345678|13812345678|not.mobile",
            "51090422T000000280419-目标绩效督查营商管理经费|51090422T000000280419|not.project_code",
            "1.全面加强组织领导|1.|not.enumerator",
            "（1）督查|（1）|not.enumerator_bracket",
            "第一部分|第一部分|not.ordinal",
            "一、部门职责|一、|not.enumerator_chinese",
            "×100%×8|×100%|not.formula_operand",
            "÷1-12月预算数*3|*3|not.formula_operand",
            "得分=（1-财政拨款预算偏离度）|1|not.formula_constant",
            "0.8N＜Y|0.8N|not.formula_variable",
            "居全市第2位|第2位|not.ordinal",
            "稳居全市前2位|前2位|not.rank",
            "区委五届十次至十三次全会|五届十次至十三次全会|not.session",
            "办好“群众最期盼改进的10件事”考核|10件事”|not.quoted_name",
            "发现一处扣1分|发现一处扣|not.scoring_step",
    })
    void claims(String text, String stretch, String rule) {
        List<Claim> claims = new ArrayList<>();
        NOT.claim(text, claims);
        int start = text.indexOf(stretch);
        int end = start + stretch.length();
        assertTrue(claims.stream().anyMatch(c -> c.rule().equals(rule) && c.start() <= start && c.end() >= end),
                text + ": no " + rule + " over " + stretch + " in " + claims);
    }
}
