package org.fiscalextract.exporter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer: objects, arrays, strings, numbers as exact decimal strings,
 * indented two spaces so a person can read and diff the output, or {@link #compact} for one
 * value per line (JSON Lines). Non-ASCII text is written as is (the files are UTF-8); control
 * characters, quotes and backslashes are escaped.
 */
public final class JsonWriter {
    private final Appendable out;
    private final boolean indent;
    /** For each open object or array: whether it has had an element yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this(out, true);
    }

    private JsonWriter(Appendable out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    /** A writer that puts each top-level value on one line of its own. */
    public static JsonWriter compact(Appendable out) {
        return new JsonWriter(out, false);
    }

    public JsonWriter beginObject() throws IOException {
        return begin('{');
    }

    public JsonWriter endObject() throws IOException {
        return end('}');
    }

    public JsonWriter beginArray() throws IOException {
        return begin('[');
    }

    public JsonWriter endArray() throws IOException {
        return end(']');
    }

    public JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.append(indent ? ": " : ":");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) throws IOException {
        separate();
        string(value);
        return this;
    }

    /** A number written exactly as given (an exact decimal string such as 13027600 or 95.24). */
    public JsonWriter number(String exactDecimal) throws IOException {
        separate();
        out.append(exactDecimal);
        return this;
    }

    public JsonWriter value(long value) throws IOException {
        return number(Long.toString(value));
    }

    public JsonWriter value(boolean value) throws IOException {
        separate();
        out.append(value ? "true" : "false");
        return this;
    }

    /** name: value in one call. */
    public JsonWriter field(String name, String value) throws IOException {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) throws IOException {
        return name(name).value(value);
    }

    private JsonWriter begin(char bracket) throws IOException {
        separate();
        out.append(bracket);
        open.push(new boolean[1]);
        return this;
    }

    private JsonWriter end(char bracket) throws IOException {
        boolean[] state = open.pop();
        if (state[0]) {
            newline();
        }
        out.append(bracket);
        if (open.isEmpty()) {
            out.append('\n');
        }
        return this;
    }

    /** A comma and a new line before every element but the first; nothing after a name. */
    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] state = open.peek();
        if (state[0]) {
            out.append(',');
        }
        state[0] = true;
        newline();
    }

    private void newline() throws IOException {
        if (!indent) {
            return;
        }
        out.append('\n');
        for (int i = 0; i < open.size(); i++) {
            out.append("  ");
        }
    }

    private void string(String s) throws IOException {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !pairedAt(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A surrogate that is half of a valid pair is written as is; a lone one is escaped. */
    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
