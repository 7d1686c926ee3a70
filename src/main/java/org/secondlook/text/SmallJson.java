package org.secondlook.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two small JSON files the first frame is drawn from (the display settings and the content's metadata) into
 * maps, lists, strings, doubles, booleans and nulls. Jackson reads everything else, after the first frame: creating
 * its first parser alone costs about 0.2 s of CPU at start (its classes, and the tables its number handling builds).
 */
public final class SmallJson {

    private final String text;
    private int at;

    private SmallJson(String text) {
        this.text = text;
    }

    /** The top-level object of {@code text}; anything else, or text that is not JSON, is an IllegalArgumentException. */
    public static Map<String, Object> object(String text) {
        SmallJson reader = new SmallJson(text);
        if (!(reader.value() instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw reader.problem("text after the object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw problem("the text ends too soon");
        }
        return switch (text.charAt(at)) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        if (next('}')) {
            return object;
        }
        do {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '"') {
                throw problem("a field name was expected");
            }
            String name = string();
            expect(':');
            object.put(name, value());
        } while (next(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        at++;
        if (next(']')) {
            return array;
        }
        do {
            array.add(value());
        } while (next(','));
        expect(']');
        return array;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw problem("a string is not closed");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw problem("a control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw problem("a string is not closed");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw problem("a \\u escape is cut short");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw problem("a \\u escape is not hexadecimal");
                    }
                    at += 4;
                }
                default -> throw problem("an unknown escape \\" + escaped);
            }
        }
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw problem("a value was expected");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw problem("a value was expected");
        }
        at += word.length();
        return value;
    }

    private boolean next(char c) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw problem("'" + c + "' was expected");
        }
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException(what + " at character " + at);
    }
}
