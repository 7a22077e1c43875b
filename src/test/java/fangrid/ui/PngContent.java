package fangrid.ui;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** What a saved picture holds, read from its pixels: how varied it is, where a colour and dark text are. */
record PngContent(BufferedImage image) {
    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    /** Distinct colours in the picture (a blank or flat image has one). */
    int colours() {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    /** Pixels within {@code tolerance} (per channel) of {@code colour}. */
    int near(Color colour, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) <= tolerance
                        && Math.abs(c.getGreen() - colour.getGreen()) <= tolerance
                        && Math.abs(c.getBlue() - colour.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Dark pixels (text) in the rectangle, on a light chart background. */
    int inkIn(int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 100) {
                    n++;
                }
            }
        }
        return n;
    }
}
