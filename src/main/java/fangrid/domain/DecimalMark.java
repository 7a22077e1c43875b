package fangrid.domain;

/**
 * How a file writes the decimal part of a number: {@code 1,234.5} (Japan and the English-speaking countries, and
 * FanGrid's default) or {@code 1.234,5} (most of Europe, only when the user says so: {@code 1,234} means a
 * thousand and more in one and a little over one in the other).
 */
public enum DecimalMark {
    POINT('.'), COMMA(',');

    private final char mark;

    DecimalMark(char mark) {
        this.mark = mark;
    }

    /** The character before the decimals. */
    public char mark() {
        return mark;
    }

    /** Whether {@code c} may group thousands in a number written with this mark. */
    public boolean groups(char c) {
        return this == POINT ? c == ',' : c == '.' || c == ' ';
    }

    /** The other mark: what a refused number may have been written with. */
    public DecimalMark other() {
        return this == POINT ? COMMA : POINT;
    }
}
