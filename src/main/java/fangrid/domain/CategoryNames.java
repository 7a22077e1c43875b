package fangrid.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A category name inside a group id ({@link CustomerGroup.Cross}): the characters that separate ids and filters
 * ({@code :}, {@code +}, {@code &}, {@code >}), {@code %} itself, commas, quotes and white space are written as
 * {@code %XX} of their UTF-8 bytes; everything else, Japanese included, stays readable.
 */
public final class CategoryNames {
    private static final String ESCAPED = "%:+&>,\"'";

    private CategoryNames() {
    }

    /** {@code name} as it is written in an id. */
    public static String encode(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (ESCAPED.indexOf(cp) >= 0 || Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xFF));
                }
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** The name {@link #encode} wrote; throws IllegalArgumentException for a broken escape. */
    public static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 3 > text.length()) {
                    throw new IllegalArgumentException("broken escape in " + text);
                }
                try {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("broken escape in " + text, e);
                }
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
