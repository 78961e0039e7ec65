package org.fiscalextract.exporter.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fiscalextract.exporter.JsonWriter;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonArray;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonBoolean;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonNull;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonNumber;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonObject;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonString;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsWhatJsonWriterWrites() throws IOException {
        StringBuilder out = new StringBuilder();
        String awkward = "中阳县 \"引号\" \\ \r\n\t\u0001 \u2028 😀";
        new JsonWriter(out).beginObject()
                .field("text", awkward)
                .name("amount").number("13027600.50")
                .name("ok").value(true)
                .name("none").beginArray().endArray()
                .endObject();
        assertEquals(new JsonObject(Map.of("text", new JsonString(awkward), "amount", new JsonNumber("13027600.50"),
                "ok", new JsonBoolean(true), "none", new JsonArray(List.of()))), JsonReader.read(out.toString()));
    }

    @Test
    void escapesAndNumbersAsWritten() throws IOException {
        assertEquals(new JsonArray(List.of(new JsonString("中/😀"), new JsonNumber("-0.5e+3"), new JsonNull())),
                JsonReader.read("\uFEFF [\"\\u4e2d\\/\\ud83d\\ude00\", -0.5e+3, null]\n"));
    }

    @Test
    void refusesWhatOtherToolsMightReadDifferently() {
        assertEquals("line 1, column 8: a value expected (object, array, string, number, true, false or null)",
                assertThrows(IOException.class, () -> JsonReader.read("[1, 2, ]")).getMessage());
        assertEquals("line 2, column 1: the name \"a\" appears twice in one object",
                assertThrows(IOException.class, () -> JsonReader.read("{\"a\": 1,\n\"a\": 2}")).getMessage());
        assertEquals("line 1, column 4: text after the end of the JSON value",
                assertThrows(IOException.class, () -> JsonReader.read("{} {}")).getMessage());
        assertEquals("line 1, column 3: ']' expected",
                assertThrows(IOException.class, () -> JsonReader.read("[01]")).getMessage());
        assertThrows(IOException.class, () -> JsonReader.read("\"tab\there\""));
        assertThrows(IOException.class, () -> JsonReader.read("{\"a\": tru}"));
        assertThrows(IOException.class, () -> JsonReader.read("[".repeat(1000)));
    }
}
