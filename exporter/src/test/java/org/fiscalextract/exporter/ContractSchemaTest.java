package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractSchemaTest {

    /** The schema and the writers name the same columns in the same order. */
    @Test
    void schemaColumnsAreTheWritersColumns() {
        assertEquals(DocumentsCsv.HEADER, ContractSchema.DOCUMENTS.header());
        assertEquals(FactsCsv.HEADER, ContractSchema.FACTS.header());
        assertEquals(ProjectsCsv.HEADER, ContractSchema.PROJECTS.header());
        assertEquals(FindingsCsv.HEADER, ContractSchema.FINDINGS.header());
    }

    @Test
    void everyColumnIsDescribedAndKeysAreColumns() {
        for (ContractSchema.Table table : ContractSchema.allTables()) {
            for (ContractSchema.Column c : table.columns()) {
                assertFalse(c.description().isBlank(), table.name() + "." + c.name());
            }
            assertTrue(table.header().containsAll(table.primaryKey()), table.name());
            for (ContractSchema.ForeignKey key : table.foreignKeys()) {
                assertTrue(table.header().containsAll(key.fields()), table.name());
                ContractSchema.Table target = ContractSchema.allTables().stream()
                        .filter(t -> t.name().equals(key.table())).findFirst().orElseThrow();
                assertTrue(target.header().containsAll(key.referenceFields()), table.name() + " -> " + key.table());
            }
        }
        assertEquals(ContractSchema.Type.NUMBER, ContractSchema.FACTS.column("value_wan").orElseThrow().type());
        assertEquals("万元", ContractSchema.FACTS.column("value_wan").orElseThrow().unit());
    }

    /** Read back with or without a byte-order mark; a file with other columns is refused, with the reason. */
    @Test
    void csvReadBack(@TempDir Path dir) throws IOException {
        String header = String.join(",", ContractSchema.FINDINGS.header());
        Files.writeString(dir.resolve("findings.csv"), "\uFEFF" + header + "\r\nd1,c1,breakdown_sum,error,\"a, b\",1,2,1,0"
                + ",f1 f2,q,yuan\r\n", StandardCharsets.UTF_8);
        List<ContractCsv.Row> rows = ContractCsv.read(dir, ContractSchema.FINDINGS);
        assertEquals(1, rows.size());
        assertEquals("d1", rows.get(0).get("doc_id"));
        assertEquals("a, b", rows.get(0).get("message"));
        Files.writeString(dir.resolve("findings.csv"), "id,other\r\n1,2\r\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ContractCsv.read(dir, ContractSchema.FINDINGS));
        assertTrue(e.getMessage().contains("does not start with the columns of findings.csv"), e.getMessage());
    }
}
