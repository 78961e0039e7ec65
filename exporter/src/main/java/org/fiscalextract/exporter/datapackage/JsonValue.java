package org.fiscalextract.exporter.datapackage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A JSON value as {@link JsonReader} reads it. Numbers keep their text, so nothing is rounded. */
sealed interface JsonValue {

    /** What the value is, in words, for messages such as "an array where a string was expected". */
    String kind();

    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        Optional<JsonValue> get(String name) {
            return Optional.ofNullable(members.get(name));
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    record JsonString(String value) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record JsonNumber(String text) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String kind() {
            return "true or false";
        }
    }

    record JsonNull() implements JsonValue {
        @Override
        public String kind() {
            return "null";
        }
    }
}
