package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.document.AdminRegion;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.FactSource;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.document.SourceMap;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.report.Report;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    @Test
    void aReadDocumentWithATableAndFacts() throws IOException {
        String text = "东区自评\n总额\t0.74\n";
        ParsedDocument doc = new ParsedDocument("0123456789abcdef", SourceFormat.DOCX,
                new DocumentMetadata("东区自评", "财政局", "2025-03-18T00:00:00Z", "", "", "application/x", "", 0), text,
                List.of(new Block(0, BlockKind.HEADING, 0, 4, "东区自评", new Location.Paragraph(0, 1)),
                        new Block(1, BlockKind.TABLE_CELL, 5, 7, "总额", new Location.Cell(0, 1, 0, 0)),
                        new Block(2, BlockKind.TABLE_CELL, 8, 12, "0.74", new Location.Cell(0, 1, 0, 1))),
                List.of(new Table(1, 0, 1, 2, List.of(new TableCell(0, 0, 1, 1, 1), new TableCell(0, 1, 1, 1, 2)))),
                List.of(), SourceMap.identity(text), List.of("table 1: a \"warning\""));
        DocumentFacts about = new DocumentFacts(new AdminRegion("东区", "510402", "四川省", "攀枝花市"), "", "2024", "",
                Optional.of(new FactEvidence(FactSource.TEXT, 0, 2, "东区", "region.title")), Optional.empty(),
                Optional.of(new FactEvidence(FactSource.METADATA_TITLE, 0, 4, "2024", "year.title")), Optional.empty());
        TableInventory tables = new TableInventory(List.of(
                new TableInventory.Entry("income", "收入表", TableInventory.Status.PRESENT, 1),
                new TableInventory.Entry("government_fund", "政府性基金预算支出表", TableInventory.Status.DECLARED_EMPTY, 0),
                new TableInventory.Entry("three_public", "“三公”经费表", TableInventory.Status.MISSING, 0)));
        Report report = new Report("0123456789abcdef", ReadOutcome.ok(doc), about, FactsCsvTest.facts().subList(3, 4),
                ProjectsCsvTest.projects().subList(1, 2), FindingsCsvTest.findings().subList(0, 2), tables);

        StringBuilder out = new StringBuilder();
        DocumentJson.write(out, report);

        assertEquals("""
                {
                  "doc_id": "0123456789abcdef",
                  "format": "docx",
                  "status": "ok",
                  "error": "",
                  "error_code": "",
                  "metadata": {
                    "title": "东区自评",
                    "author": "财政局",
                    "created": "2025-03-18T00:00:00Z",
                    "modified": "",
                    "producer": "",
                    "content_type": "application/x",
                    "charset": "",
                    "page_count": 0
                  },
                  "document": {
                    "region": "东区",
                    "region_code": "510402",
                    "province": "四川省",
                    "prefecture": "攀枝花市",
                    "department": "",
                    "fiscal_year": "2024",
                    "doc_kind": "",
                    "evidence": {
                      "region": {
                        "source": "text",
                        "text": "东区",
                        "start": 0,
                        "end": 2,
                        "rule": "region.title"
                      },
                      "fiscal_year": {
                        "source": "metadata_title",
                        "text": "2024",
                        "start": 0,
                        "end": 4,
                        "rule": "year.title"
                      }
                    }
                  },
                  "pages": [],
                  "tables": [
                    {
                      "table": 1,
                      "page": 0,
                      "rows": 1,
                      "columns": 2,
                      "cells": [
                        {
                          "row": 0,
                          "col": 0,
                          "rowspan": 1,
                          "colspan": 1,
                          "text": "总额",
                          "start": 5,
                          "end": 7,
                          "location": "t1r1c1"
                        },
                        {
                          "row": 0,
                          "col": 1,
                          "rowspan": 1,
                          "colspan": 1,
                          "text": "0.74",
                          "start": 8,
                          "end": 12,
                          "location": "t1r1c2"
                        }
                      ]
                    }
                  ],
                  "standard_tables": [
                    {
                      "kind": "income",
                      "name": "收入表",
                      "status": "present",
                      "table": 1
                    },
                    {
                      "kind": "government_fund",
                      "name": "政府性基金预算支出表",
                      "status": "declared_empty",
                      "table": 0
                    },
                    {
                      "kind": "three_public",
                      "name": "“三公”经费表",
                      "status": "missing",
                      "table": 0
                    }
                  ],
                  "facts": [
                    {
                      "fact_id": "f4",
                      "kind": "amount",
                      "label": "总额/年初预算",
                      "canonical": "budget_initial",
                      "subject": "51090424T000011818958-信创项目资金",
                      "value": "0",
                      "unit": "yuan",
                      "qualifier": "exact",
                      "value_wan": "0",
                      "text": "0.00",
                      "start": 900,
                      "end": 904,
                      "location": "t3r8c4",
                      "rule": "table.money_unit_header",
                      "context": "总额 | 0.00 | 0.74, \\"调整\\""
                    }
                  ],
                  "projects": [
                    {
                      "project": "51090424T000011818958-信创项目资金\\n(续)",
                      "funds_yuan": "",
                      "budget_initial_yuan": "0",
                      "budget_adjusted_yuan": "7400",
                      "executed_yuan": "7400",
                      "execution_rate": "100",
                      "score": "",
                      "grade": "",
                      "evaluator": "",
                      "fact_ids": [
                        "f10",
                        "f11",
                        "f12",
                        "f13"
                      ]
                    }
                  ],
                  "findings": [
                    {
                      "finding_id": "c1",
                      "check": "restated_quantity",
                      "severity": "error",
                      "message": "项目预算资金总额 is stated as 1302.76万元 and, later, as \\"1471.75万元\\":\\n1471.75 − 1302.76 = 168.99万元",
                      "unit": "yuan",
                      "expected": "13027600",
                      "actual": "14717500",
                      "difference": "1689900",
                      "tolerance": "100",
                      "fact_ids": [
                        "f2",
                        "f5"
                      ],
                      "quotes": [
                        {
                          "fact_id": "f2",
                          "text": "1302.76万元",
                          "sentence": "2024年度财政下达我委项目预算资金总额为1302.76万元，其中：",
                          "location": "p2"
                        },
                        {
                          "fact_id": "f5",
                          "text": "1471.75万元",
                          "sentence": "项目资金预算总额1471.75万元，截至目前预算执行率95.24%。",
                          "location": "page3:p5"
                        }
                      ]
                    },
                    {
                      "finding_id": "c2",
                      "check": "grade_vs_score",
                      "severity": "warning",
                      "message": "89.97分 is 良 on the default scale, stated 优",
                      "unit": "points",
                      "expected": "",
                      "actual": "89.97",
                      "difference": "",
                      "tolerance": "",
                      "fact_ids": [
                        "f7",
                        "f8"
                      ],
                      "quotes": [
                        {
                          "fact_id": "f7",
                          "text": "89.97",
                          "sentence": "评价得分 | 89.97 | 等级",
                          "location": "t2r3c4"
                        },
                        {
                          "fact_id": "f8",
                          "text": "\\"优\\"",
                          "sentence": "等级为\\"优\\"",
                          "location": "t2r3c5"
                        }
                      ]
                    }
                  ],
                  "warnings": [
                    "table 1: a \\"warning\\""
                  ]
                }
                """, out.toString());
    }

    @Test
    void aFailedFileSaysWhyAndHasNoText() throws IOException {
        Report report = Report.withoutFacts("4993de9eea35429d",
                ReadOutcome.failed(SourceFormat.PDF, ReadProblem.ENCRYPTED, "PDF is encrypted;\nno text"));
        StringBuilder out = new StringBuilder();
        DocumentJson.write(out, report);
        assertEquals("""
                {
                  "doc_id": "4993de9eea35429d",
                  "format": "pdf",
                  "status": "failed",
                  "error": "PDF is encrypted;\\nno text",
                  "error_code": "encrypted",
                  "document": {
                    "region": "",
                    "region_code": "",
                    "province": "",
                    "prefecture": "",
                    "department": "",
                    "fiscal_year": "",
                    "doc_kind": "",
                    "evidence": {}
                  },
                  "standard_tables": [],
                  "facts": [],
                  "projects": [],
                  "findings": [],
                  "warnings": []
                }
                """, out.toString());
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreEscaped() throws IOException {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).beginArray().value("a\u0001b\tc\ud800d\u2028e😀").endArray();
        assertEquals("[\n  \"a\\u0001b\\tc\\ud800d\\u2028e😀\"\n]\n", out.toString());
    }
}
