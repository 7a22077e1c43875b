package fangrid.export.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Drawing on the report's page in points from its top left corner, all text in the one embedded font. A character
 * the font has no glyph for (an emoji in a project's name) is drawn as {@code ?} rather than failing the report.
 */
public final class ReportCanvas {
    /** Body text. */
    public static final Color INK = new Color(0x1f, 0x29, 0x33);
    /** Notes, axes and definitions. */
    public static final Color MUTED = new Color(0x61, 0x6e, 0x7c);
    /** Rules and empty bars. */
    public static final Color RULE = new Color(0xd5, 0xdb, 0xe1);
    /** A rise of the headline, as the window shows it. */
    public static final Color UP = new Color(0x2f, 0x9e, 0x6e);
    /** A fall of the headline. */
    public static final Color DOWN = new Color(0xc2, 0x41, 0x2d);
    /** The window's colours of the four communication activities, by activity number 1–4 (index 0 unused). */
    public static final Color[] ACTIVITY = {null, new Color(0x8e, 0x9a, 0xaf), new Color(0x2f, 0x9e, 0x6e),
            new Color(0xe0, 0xa5, 0x26), new Color(0x3b, 0x6f, 0xd1)};
    /** Height of a block's title line and the space under it. */
    public static final float TITLE_HEIGHT = 20;
    private static final float FILTER_LINE = 12;

    private final PDPageContentStream out;
    private final PDType0Font font;
    private final ReportText words;
    private final float pageHeight;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    ReportCanvas(PDPageContentStream out, PDType0Font font, ReportText words, float pageHeight) {
        this.out = out;
        this.font = font;
        this.words = words;
        this.pageHeight = pageHeight;
    }

    /** The report's words and number formats. */
    public ReportText words() {
        return words;
    }

    /** Draws {@code s} with the top of its line at {@code top}. */
    public void text(String s, float x, float top, float size, Color color) throws IOException {
        String t = drawable(s);
        if (t.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, pageHeight - top - size * 0.88f);
        out.showText(t);
        out.endText();
    }

    /** Draws {@code s} ending at {@code right}. */
    public void textRight(String s, float right, float top, float size, Color color) throws IOException {
        text(s, right - width(s, size), top, size, color);
    }

    /** Draws {@code s} centred on {@code centre}. */
    public void textCentered(String s, float centre, float top, float size, Color color) throws IOException {
        text(s, centre - width(s, size) / 2, top, size, color);
    }

    /** The width of {@code s} at {@code size}. */
    public float width(String s, float size) throws IOException {
        return font.getStringWidth(drawable(s)) / 1000 * size;
    }

    /** {@code s}, cut short with … where it is wider than {@code max}. */
    public String fit(String s, float size, float max) throws IOException {
        if (width(s, size) <= max) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && width(cut + "…", size) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /**
     * {@code s} broken into lines no wider than {@code max}: at a blank where the line has one (English), else
     * between any two characters (Japanese has no blanks between words).
     */
    public List<String> wrap(String s, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = s.strip();
        while (!rest.isEmpty()) {
            int end = rest.length();
            while (end > 1 && width(rest.substring(0, end), size) > max) {
                end--;
            }
            if (end < rest.length()) {
                int blank = rest.lastIndexOf(' ', end);
                if (blank > 0) {
                    end = blank;
                }
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /** Draws {@code s} wrapped to {@code max}, {@code leading} points apart; returns the height used. */
    public float paragraph(String s, float x, float top, float size, float leading, float max, Color color)
            throws IOException {
        List<String> lines = wrap(s, size, max);
        for (int k = 0; k < lines.size(); k++) {
            text(lines.get(k), x, top + k * leading, size, color);
        }
        return lines.size() * leading;
    }

    /** Fills a rectangle whose top left corner is ({@code x}, {@code top}). */
    public void fill(float x, float top, float w, float h, Color color) throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, pageHeight - top - h, w, h);
        out.fill();
    }

    /** Draws a rectangle's outline. */
    public void frame(float x, float top, float w, float h, Color color, float lineWidth) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(lineWidth);
        out.addRect(x, pageHeight - top - h, w, h);
        out.stroke();
    }

    /** Draws a straight line. */
    public void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(lineWidth);
        out.moveTo(x1, pageHeight - y1);
        out.lineTo(x2, pageHeight - y2);
        out.stroke();
    }

    /** A block's title with a rule under it; the block's content starts {@link #TITLE_HEIGHT} below {@code top}. */
    public void title(String s, float x, float top, float width) throws IOException {
        text(fit(s, 11, width), x, top, 11, INK);
        line(x, top + 15, x + width, top + 15, RULE, 0.6f);
    }

    /** The height of a block's title and, when its view is filtered, the filter's line under it. */
    public static float titleHeight(String filter) {
        return TITLE_HEIGHT + (filter == null ? 0 : FILTER_LINE);
    }

    /**
     * A view's block title and, when {@code filter} (the view's filter as the window names it) is not null, a line
     * under it saying which people the block shows; the content starts {@link #titleHeight} below {@code top}.
     */
    public void title(String s, String filter, float x, float top, float width) throws IOException {
        title(s, x, top, width);
        if (filter != null) {
            text(fit(words.format("report.block.filtered", filter), 8, width), x, top + TITLE_HEIGHT - 2, 8, DOWN);
        }
    }

    private String drawable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(drawable.computeIfAbsent(cp, this::hasGlyph) ? cp
                : drawable.computeIfAbsent(alike(cp), this::hasGlyph) ? alike(cp) : '?'));
        return b.toString();
    }

    /** The JIS form of a sign the font lacks in its Unicode form (IPAexGothic has ≦ and ≧, not ≤ and ≥). */
    private static int alike(int codePoint) {
        return switch (codePoint) {
            case '≤' -> '≦';
            case '≥' -> '≧';
            default -> codePoint;
        };
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
