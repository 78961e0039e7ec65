package org.fiscalextract.extractor.docfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.fiscalextract.extractor.data.DataFile;
import org.fiscalextract.model.document.AdminRegion;
import org.junit.jupiter.api.Test;

/** The division list as loaded: sizes, levels, municipalities and short forms. */
class DivisionTableTest {
    private static final DivisionTable TABLE = DivisionTable.load(DataFile.table(DocumentFactsFinder.class, "division-affixes.tsv"),
            DataFile.table(DocumentFactsFinder.class, "ethnic-groups.txt").lines().stream().map(l -> l.text().trim()).toList());

    @Test
    void everyDivisionOfTheList() {
        long provinces = count(DivisionLevel.PROVINCE);
        long prefectures = count(DivisionLevel.PREFECTURE);
        long counties = count(DivisionLevel.COUNTY);
        assertEquals(31, provinces);
        assertEquals(342 - 9, prefectures, "cities.csv less its nine groupings (市辖区, 县, 省直辖…)");
        // 东莞市, 中山市 and 儋州市 list themselves again in areas.csv under their own code; 嘉峪关市 620201
        // stands in the table but its name is the city's
        assertEquals(2978 - 4, counties);
        assertEquals(provinces + prefectures + counties + 1, TABLE.size());
    }

    @Test
    void municipalitiesAndDirectCounties() {
        assertEquals(new AdminRegion("丰都县", "500230", "重庆市", "重庆市"), region("500230"));
        assertEquals(new AdminRegion("东城区", "110101", "北京市", "北京市"), region("110101"));
        assertEquals(new AdminRegion("重庆市", "500000", "重庆市", ""), region("500000"));
        assertEquals(new AdminRegion("仙桃市", "429004", "湖北省", ""), region("429004"));
        assertEquals(new AdminRegion("遂宁市", "510900", "四川省", "遂宁市"), region("510900"));
        assertEquals("500000", TABLE.byCode("500230").flatMap(TABLE::parent).orElseThrow().code());
    }

    @Test
    void shortForms() {
        Map<String, List<NameCandidate>> names = TABLE.names();
        assertForm(names, "四川", "510000", NameForm.SHORT);
        assertForm(names, "内蒙古", "150000", NameForm.SHORT);
        assertForm(names, "攀枝花", "510400", NameForm.SHORT);
        assertForm(names, "凉山", "513400", NameForm.SHORT);
        assertForm(names, "凉山州", "513400", NameForm.SHORT);
        assertForm(names, "恩施州", "422800", NameForm.SHORT);
        assertForm(names, "博尔塔拉", "652700", NameForm.SHORT);
        assertForm(names, "丰都", "500230", NameForm.COUNTY_SHORT);
        assertForm(names, "石柱", "500240", NameForm.COUNTY_SHORT);
        assertForm(names, "吉林", "220000", NameForm.SHORT);
        assertTrue(names.get("吉林").stream().noneMatch(c -> c.division().code().equals("220200")),
                "吉林 alone is the province, 吉林市 the prefecture");
        assertTrue(!names.containsKey("东"), "one-character short forms are not kept");
        assertEquals(4, names.get("鼓楼区").size());
        assertEquals(List.of("441900"), names.get("东莞市").stream().map(c -> c.division().code()).toList());
        assertEquals(List.of("620200"), names.get("嘉峪关市").stream().map(c -> c.division().code()).toList());
    }

    private static void assertForm(Map<String, List<NameCandidate>> names, String name, String code, NameForm form) {
        assertTrue(names.containsKey(name), name);
        assertTrue(names.get(name).stream().anyMatch(c -> c.division().code().equals(code) && c.form() == form),
                name + " → " + code + " " + form + ": " + names.get(name));
    }

    private static AdminRegion region(String code) {
        return TABLE.region(TABLE.byCode(code).orElseThrow());
    }

    private static long count(DivisionLevel level) {
        return TABLE.names().values().stream().flatMap(List::stream)
                .filter(c -> c.form() == NameForm.FULL && c.division().level() == level)
                .map(NameCandidate::division).distinct().count();
    }
}
