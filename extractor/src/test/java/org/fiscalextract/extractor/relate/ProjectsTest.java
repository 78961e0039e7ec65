package org.fiscalextract.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            目标绩效督查营商管理专项预算项目                      | 目标绩效督查营商管理
            51090422T000000280419-目标绩效督查营商管理经费        | 目标绩效督查营商管理
            信创项目资金预算项目                                  | 信创
            51090424T000011818958-信创项目资金                    | 信创
            “人才专项”                                            | 人才
            中阳县‘四好农村路’建设（2022年自然村通公路工程）      | 中阳县四好农村路建设（2022年自然村通公路工程）
            中阳县‘四好农村路’建设（2022年建制村通公路工程）      | 中阳县四好农村路建设（2022年建制村通公路工程）
            # a name that is all ending keeps two characters
            专项资金                                              | 专项资金
            项目支出                                              | 项目支出
            """)
    void coreNames(String name, String core) {
        assertEquals(core, Projects.coreName(name));
    }

    /** 004 names each project in its text and in its table: one row each, the text's score checked against the table's. */
    @Test
    void seed004ProjectsNamedTwiceAreOneRowEach() {
        ParsedDocument doc = Relate.read(Path.of("../corpus/reports/004_8a99ebaca312e0ad.docx"));
        RelationFinder.Found found = Relate.find(doc);
        assertEquals(List.of("51090422T000000280419-目标绩效督查营商管理经费", "51090424T000011818958-信创项目资金"),
                found.projects().stream().map(EvaluatedProject::name).toList());
        List<String> pairs = found.relations().stream()
                .filter(r -> r instanceof Relation.ProseAndTable)
                .map(r -> (Relation.ProseAndTable) r)
                .map(p -> p.prose().text() + "@" + p.prose().location().label() + " = " + p.cell().text() + "@"
                        + p.cell().location().label())
                .toList();
        assertEquals(List.of("98.5分@p82 = 98.5@t2r24c10", "100分@p82 = 100@t3r18c10"), pairs);
    }
}
