package fangrid.ui.theme;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The app's look: the bundled Japanese font (IPAexGothic, IPA Font License) for JavaFX and for AWT
 * (JFreeChart draws through AWT), and the style sheet. A fresh Linux machine has no CJK font JavaFX can use.
 */
public final class Theme {
    /** The family name of the bundled font. */
    public static final String FONT_FAMILY = "IPAexGothic";
    private static final String FONT = "fonts/ipaexg.ttf";
    private static boolean fxLoaded;
    private static boolean awtLoaded;

    private Theme() {
    }

    /** Registers the bundled font with JavaFX, for the views; safe to call more than once. */
    public static synchronized void loadFonts() {
        if (fxLoaded) {
            return;
        }
        try (InputStream fx = Theme.class.getResourceAsStream(FONT)) {
            if (Font.loadFont(fx, 13) == null) {
                throw new IllegalStateException("JavaFX could not load the bundled font " + FONT);
            }
            fxLoaded = true;
        } catch (IOException e) {
            throw new IllegalStateException("the bundled font " + FONT + " is unreadable", e);
        }
    }

    /**
     * Registers the bundled font with AWT, for the charts (JFreeChart draws through AWT); safe to call more than once.
     * Apart from {@link #loadFonts()}: a start shows no chart, and AWT's font system is then not set up at all.
     */
    public static synchronized void loadChartFont() {
        if (awtLoaded) {
            return;
        }
        try (InputStream awt = Theme.class.getResourceAsStream(FONT)) {
            GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, awt));
            awtLoaded = true;
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the bundled font " + FONT + " is unreadable", e);
        }
    }

    /** The window icons, from the installer's icon set. */
    public static java.util.List<javafx.scene.image.Image> icons() {
        return java.util.stream.Stream.of(16, 32, 64, 256)
                .map(size -> new javafx.scene.image.Image(Theme.class.getResource("icons/fangrid-" + size + ".png").toExternalForm()))
                .toList();
    }

    /** Applies the style sheet to a scene. */
    public static void apply(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("fangrid.css").toExternalForm());
    }
}
