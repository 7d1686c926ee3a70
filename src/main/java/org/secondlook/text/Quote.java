package org.secondlook.text;

/**
 * Puts a value that came from outside (a file, a label, a command-line argument) into a message or onto a terminal:
 * characters a terminal would obey instead of show (ESC, BEL, CR, NUL, direction overrides) are shown as escapes,
 * and a quoted value is cut to about 60 characters so that a huge bad value cannot flood the message.
 */
public final class Quote {

    public static final int MAX_QUOTED = 60;

    private Quote() {
    }

    /** The value, printable and at most {@link #MAX_QUOTED} characters (then ending in "..."). */
    public static String of(Object value) {
        String text = String.valueOf(value);
        if (text.length() > MAX_QUOTED) {
            int end = Character.isHighSurrogate(text.charAt(MAX_QUOTED - 1)) ? MAX_QUOTED - 1 : MAX_QUOTED;
            text = text.substring(0, end) + "...";
        }
        return printable(text, false);
    }

    /** Every unprintable character escaped as {@code \\u001B} and the like; line breaks too unless {@code keepLines}. */
    public static String printable(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (keepLines && c == '\n') {
                out.append('\n');
            } else if (isUnprintable(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Control characters, invisible format characters, line separators and lone surrogates. */
    public static boolean isUnprintable(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    /** Whether the text holds a control character or line separator, which a one-line name must not. */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
    }
}
