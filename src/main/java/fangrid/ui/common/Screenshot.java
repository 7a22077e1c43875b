package fangrid.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a scene as PNG once a value it waits for is set (the first analysis), then quits the app. */
public final class Screenshot {
    private static final int SETTLE_PULSES = 10;

    private Screenshot() {
    }

    /**
     * Saves the scene once {@code ready} is set; quits without a picture if {@code failure} is set first.
     * Call before the window's own listeners are added, so that a failure is seen before a dialog handles it.
     */
    public static void whenShown(Supplier<Scene> scene, ObservableValue<?> ready, ObservableValue<Throwable> failure,
                                 Path file) {
        ready.addListener((o, old, value) -> {
            if (value != null) {
                afterPulses(SETTLE_PULSES, () -> save(scene.get(), file));
            }
        });
        failure.addListener((o, old, e) -> {
            if (e != null) {
                System.err.println("No screenshot: " + e.getMessage());
                Platform.exit();
            }
        });
    }

    /** Lets layout, CSS and charts settle for a few pulses before the picture is taken. */
    private static void afterPulses(int n, Runnable action) {
        if (n == 0) {
            action.run();
        } else {
            Platform.runLater(() -> afterPulses(n - 1, action));
        }
    }

    private static void save(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("Saved " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Cannot save the screenshot " + file + ": " + e.getMessage());
        }
        Platform.exit();
    }
}
