package org.fiscalextract.exporter.datapackage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one JSON text (RFC 8259) into a {@link JsonValue}: enough to read a datapackage.json back
 * without a JSON library. Strict: no comments, no trailing commas, no name twice in an object,
 * since a descriptor that other tools would read differently is better refused than guessed at.
 */
final class JsonReader {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    /** Far beyond any descriptor; stops a hostile file from overflowing the stack. */
    private static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /** The value {@code text} holds; an IOException says where and why it is not JSON. */
    static JsonValue read(String text) throws IOException {
        JsonReader reader = new JsonReader(text);
        if (reader.peekIs('\uFEFF')) {
            reader.pos++;
        }
        JsonValue value = reader.value(0);
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("text after the end of the JSON value");
        }
        return value;
    }

    private JsonValue value(int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " deep");
        }
        skipSpace();
        if (pos >= text.length()) {
            throw error("the text ends where a value was expected");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> new JsonValue.JsonString(string());
            case 't' -> literal("true", new JsonValue.JsonBoolean(true));
            case 'f' -> literal("false", new JsonValue.JsonBoolean(false));
            case 'n' -> literal("null", new JsonValue.JsonNull());
            default -> number();
        };
    }

    private JsonValue object(int depth) throws IOException {
        pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipSpace();
        if (peekIs('}')) {
            pos++;
            return new JsonValue.JsonObject(members);
        }
        while (true) {
            skipSpace();
            if (!peekIs('"')) {
                throw error("a name in quotes expected");
            }
            int nameAt = pos;
            String name = string();
            skipSpace();
            expect(':');
            if (members.put(name, value(depth + 1)) != null) {
                pos = nameAt;
                throw error("the name \"" + name + "\" appears twice in one object");
            }
            skipSpace();
            if (peekIs(',')) {
                pos++;
            } else {
                expect('}');
                return new JsonValue.JsonObject(members);
            }
        }
    }

    private JsonValue array(int depth) throws IOException {
        pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipSpace();
        if (peekIs(']')) {
            pos++;
            return new JsonValue.JsonArray(elements);
        }
        while (true) {
            elements.add(value(depth + 1));
            skipSpace();
            if (peekIs(',')) {
                pos++;
            } else {
                expect(']');
                return new JsonValue.JsonArray(elements);
            }
        }
    }

    private String string() throws IOException {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            } else if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                pos--;
                throw error("a control character inside a string (write it as \\u"
                        + String.format("%04x", (int) c) + ")");
            } else {
                out.append(c);
            }
        }
    }

    private char escape() throws IOException {
        if (pos >= text.length()) {
            throw error("a string is not closed");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            // a surrogate pair arrives as two escapes and is joined by appending both halves
            case 'u' -> {
                if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                    throw error("\\u must be followed by four hex digits");
                }
                pos += 4;
                yield (char) Integer.parseInt(text.substring(pos - 4, pos), 16);
            }
            default -> {
                pos--;
                throw error("unknown escape \\" + c);
            }
        };
    }

    private JsonValue number() throws IOException {
        Matcher m = NUMBER.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            throw error("a value expected (object, array, string, number, true, false or null)");
        }
        pos = m.end();
        return new JsonValue.JsonNumber(m.group());
    }

    private JsonValue literal(String word, JsonValue value) throws IOException {
        if (!text.startsWith(word, pos)) {
            throw error("a value expected (object, array, string, number, true, false or null)");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws IOException {
        if (!peekIs(c)) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    private boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    /** Where the reader stands, as line and column (both from 1), with the reason. */
    private IOException error(String why) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IOException("line " + line + ", column " + (pos - lineStart + 1) + ": " + why);
    }
}
