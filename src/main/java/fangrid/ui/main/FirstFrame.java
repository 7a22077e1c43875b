package fangrid.ui.main;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs work on the FX thread just after the first frame that lays out a node's scene, once the node is in one. */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code then} once, after the first layout of {@code node}'s scene (waiting for it to be in one). */
    static void of(Node node, Runnable then) {
        if (node.getScene() != null) {
            afterLayout(node.getScene(), then);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    afterLayout(scene, then);
                }
            }
        });
    }

    private static void afterLayout(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // not within the pulse: the views built then are laid out and drawn by the next one
                Platform.runLater(then);
            }
        });
        Platform.requestNextPulse();
    }
}
