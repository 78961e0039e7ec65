package org.fiscalextract.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.junit.jupiter.api.Test;

class FunctionClassesTest {

    /** 004's four 类 totals (p38), each against its 项 lines (p42–p50), which a 其中： opens. */
    @Test
    void seed004ClassesAgainstTheirLines() {
        ParsedDocument doc = Relate.read(Path.of("../corpus/reports/004_8a99ebaca312e0ad.docx"));
        List<Relation> relations = Relate.find(doc).relations();
        List<String> classes = relations.stream()
                .filter(r -> r instanceof Relation.Breakdown b && b.source().equals("prose.function_class"))
                .map(r -> (Relation.Breakdown) r)
                .map(b -> b.total().label() + " " + b.total().text() + " = " + String.join(" + ",
                        b.parts().stream().map(p -> p.text() + "@" + p.location().label()).toList())
                        + (b.exhaustive() ? "" : " (some)"))
                .toList();
        assertEquals(List.of(
                "一般公共服务支出 204.53万元 = 96.73万元@p42 + 66.33万元@p43 + 41.47万元@p44",
                "社会保障和就业支出 22.32万元 = 21.17万元@p45 + 1.15万元@p46",
                "卫生健康支出 11.41万元 = 5.64万元@p47 + 3.41万元@p48 + 2.36万元@p49",
                "住房保障支出 15.61万元 = 15.61万元@p50"), classes);
    }
}
