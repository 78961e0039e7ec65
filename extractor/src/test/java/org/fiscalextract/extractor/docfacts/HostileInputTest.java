package org.fiscalextract.extractor.docfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.SourceFormat;
import org.junit.jupiter.api.Test;

/** Input no report looks like: the finder answers, never throws, and stays within its reading budget. */
class HostileInputTest {
    private static final DocumentFactsFinder FINDER = SharedFinder.FINDER;

    @Test
    void nothingAtAll() {
        assertEquals(DocumentFacts.NONE, FINDER.find(TextDocuments.of(""), ""));
        assertEquals(DocumentFacts.NONE, FINDER.find(TextDocuments.of(""), null));
        assertEquals(DocumentFacts.NONE, FINDER.find(null, "x.txt"));
        assertEquals(DocumentFacts.NONE, FINDER.find(TextDocuments.of("\n\n \u3000\t\n"), "/"));
    }

    @Test
    void oneMegabyteLine() {
        StringBuilder line = new StringBuilder("中阳县2024年度部门决算");
        while (line.length() < 1_000_000) {
            line.append("根据《丰都县预算绩效管理办法》，我局对中阳县财政局2024年度预算执行情况开展评价；");
        }
        String text = line.toString();
        DocumentFacts facts = timed(TextDocuments.of(text), "big.txt", Duration.ofSeconds(5));
        assertEquals("中阳县", facts.region());
        assertEquals("2024", facts.fiscalYear());
    }

    @Test
    void unpairedSurrogates() {
        String text = "\uD800中阳县\uDC002024年\uD83D度部门决算\n\uDFFF攀枝花市\uD800东区\uDBFF\n我局\uDC00\uD800";
        DocumentFacts facts = FINDER.find(TextDocuments.of(text, "\uDC00\uD800", SourceFormat.TXT), "\uD800/\uDC00.txt");
        inBounds(text, facts);
    }

    @Test
    void fiftyCountiesInFiftyPlaces() {
        List<String> counties = List.of("东城区", "和平区", "长安区", "小店区", "新城区", "沈河区", "南关区", "道里区",
                "黄浦区", "玄武区", "上城区", "瑶海区", "鼓楼区", "东湖区", "历下区", "中原区", "江岸区", "芙蓉区",
                "越秀区", "兴宁区", "秀英区", "渝中区", "锦江区", "南明区", "五华区", "城关区", "新城区", "城东区",
                "兴庆区", "天山区", "丰都县", "中阳县", "安居区", "东区", "铁山区", "涪城区", "船山区", "翠屏区",
                "雁江区", "巴州区", "通川区", "雨城区", "利州区", "顺庆区", "东坡区", "市中区", "自流井区",
                "江阳区", "旌阳区", "昭化区");
        StringBuilder text = new StringBuilder("关于2024年度预算绩效管理工作的通报\n一、总体情况\n");
        for (int round = 0; round < 3; round++) {
            for (String c : counties) {
                text.append(c).append("、");
            }
            text.append("等地全面推进预算绩效管理。\n");
        }
        DocumentFacts facts = FINDER.find(TextDocuments.of(text.toString()), "");
        inBounds(text.toString(), facts);
        assertEquals("", facts.region(), "fifty counties across the country name no one region");
        assertEquals("2024", facts.fiscalYear());
    }

    @Test
    void bracketsSeparatorsAndRepeats() {
        String text = "《".repeat(5_000) + "·•・".repeat(5_000) + "鼓楼区".repeat(30_000) + "》".repeat(5_000)
                + "2024年".repeat(20_000) + "我局我委我办".repeat(5_000) + "县财政局".repeat(5_000);
        DocumentFacts facts = timed(TextDocuments.of(text), "", Duration.ofSeconds(5));
        inBounds(text, facts);
    }

    @Test
    void aLongDocumentCostsNoMoreThanItsFirstPages() {
        StringBuilder text = new StringBuilder("攀枝花市东区2024年度预算绩效管理工作情况说明\n");
        String paragraph = "区财政局组织开展2024年绩效运行监控，对绩效监控信息进行收集、汇总，分析偏离绩效目标的原因，并及时采取纠偏措施。\n";
        while (text.length() < 4_000_000) {
            text.append(paragraph);
        }
        text.append("攀枝花市东区财政局\n");
        DocumentFacts facts = timed(TextDocuments.of(text.toString()), "", Duration.ofSeconds(3));
        assertEquals("510402", facts.regionCode());
        assertEquals("攀枝花市东区财政局", facts.department());
    }

    private static DocumentFacts timed(ParsedDocument doc, String path, Duration limit) {
        FINDER.find(doc, path);   // warm up
        long start = System.nanoTime();
        DocumentFacts facts = FINDER.find(doc, path);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(limit) < 0, "took " + took.toMillis() + " ms");
        inBounds(doc.text(), facts);
        return facts;
    }

    private static void inBounds(String text, DocumentFacts facts) {
        for (Optional<FactEvidence> e : List.of(facts.regionEvidence(), facts.departmentEvidence(),
                facts.fiscalYearEvidence(), facts.docKindEvidence())) {
            e.ifPresent(ev -> {
                assertTrue(ev.start() >= 0 && ev.start() <= ev.end(), ev::toString);
                if (ev.source() == org.fiscalextract.model.document.FactSource.TEXT) {
                    assertTrue(ev.end() <= text.length(), ev::toString);
                    assertEquals(text.substring(ev.start(), ev.end()), ev.text());
                }
            });
        }
    }
}
