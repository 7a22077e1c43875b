package fangrid.ui.main;

import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Presentation mode: the window full screen, one view at a time at large type. The views themselves are lent to
 * it ({@link Slide}), so that each works as it does in the window: drag cells, clear a filter chip, sort the
 * customer table. A bar at the bottom names the slides: a click shows one, a drop on one filters that view. Page Down,
 * Page Up and the arrow keys (where no cell takes them) move between slides, Home and End go to the first and last,
 * Esc leaves.
 */
final class PresentationMode {
    private static final String CURRENT = "current";

    private final BorderPane window;
    private final Supplier<List<Slide>> slideSource;
    private final Messages messages;
    private final BorderPane screen = new BorderPane();
    private final StackPane holder = new StackPane();
    /** The slides' names, in as many rows as they need: a name is never cut short. */
    private final FlowPane bar = new FlowPane();
    private final HBox footer = new HBox();
    private final Label position = new Label();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final EventHandler<KeyEvent> arrows = this::onArrow;
    private final ChangeListener<Boolean> fullScreen = (o, was, now) -> {
        if (!now) {
            leave();
        }
    };
    private final List<Node> hidden = new ArrayList<>();
    private List<Slide> slides = List.of();
    /** The views lent so far, by slide; null for one still in its place in the window. */
    private final List<Node> lent = new ArrayList<>();
    private Node center;
    /** Lends the next view not lent yet, one per pulse, so that each is styled and laid out before it is asked for. */
    private final Runnable lendNext = this::lendNextInAdvance;

    /**
     * Presents the slides {@code slides} gives (asked anew at each start: the window's tabs may have changed) in
     * {@code window}, whose top, left, right and bottom are hidden meanwhile.
     */
    PresentationMode(BorderPane window, Supplier<List<Slide>> slides, Messages messages) {
        this.window = window;
        this.slideSource = slides;
        this.messages = messages;
        screen.setId("presentation");
        screen.getStyleClass().add("presentation");
        holder.getStyleClass().add("presentation-slide");
        holder.setId("presentationSlide");
        bar.getStyleClass().add("presentation-names");
        bar.setId("presentationBar");
        HBox.setHgrow(bar, Priority.ALWAYS);
        position.getStyleClass().add("presentation-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(messages.get("presentation.hint"));
        hint.getStyleClass().add("presentation-hint");
        hint.setMinWidth(0);
        footer.getStyleClass().add("presentation-bar");
        footer.getChildren().addAll(bar, hint, position);
        screen.setCenter(holder);
        screen.setBottom(footer);
        screen.addEventHandler(KeyEvent.KEY_PRESSED, arrows);
    }

    /** Whether the window is presenting. */
    javafx.beans.property.ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Starts presenting at slide {@code first} (clamped to the slides there are). */
    void enter(int first) {
        if (active.get()) {
            show(first);
            return;
        }
        slides = slideSource.get().stream().filter(Slide::hasView).toList();
        if (slides.isEmpty()) {
            return;
        }
        active.set(true);
        center = window.getCenter();
        for (Node n : new Node[] {window.getTop(), window.getLeft(), window.getRight(), window.getBottom()}) {
            if (n != null && n.isVisible()) {
                hidden.add(n);
                n.setVisible(false);
                n.setManaged(false);
            }
        }
        window.setCenter(screen);
        // Only the first view is lent now, and shown at once; the others follow one per pulse while it is on screen
        // (lendNextInAdvance). Lending all at once restyled and laid out every view at the large type before the
        // first frame: 1.6-8.8 s at 2 M customers under load.
        slides.forEach(s -> lent.add(null));
        holder.getChildren().clear();
        fillBar();
        Scene scene = window.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        show(first);
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint(messages.get("presentation.hint"));
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
            stage.fullScreenProperty().addListener(fullScreen);
        }
        scene.addPostLayoutPulseListener(lendNext);
        holder.requestFocus();
    }

    /** Stops presenting: every view goes back to its place in the window. */
    void leave() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        window.getScene().removePostLayoutPulseListener(lendNext);
        holder.getChildren().clear();
        for (int k = 0; k < slides.size(); k++) {
            Node n = lent.get(k);
            if (n != null) {
                n.setVisible(true);
                slides.get(k).giveBack(n);
            }
        }
        lent.clear();
        index.set(-1);
        window.setCenter(center);
        hidden.forEach(n -> {
            n.setVisible(true);
            n.setManaged(true);
        });
        hidden.clear();
        Scene scene = window.getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (scene.getWindow() instanceof Stage stage) {
            stage.fullScreenProperty().removeListener(fullScreen);
            stage.setFullScreen(false);
        }
        slides = List.of();
    }

    void next() {
        show(index.get() + 1);
    }

    void previous() {
        show(index.get() - 1);
    }

    /** Shows slide {@code i}, clamped to the first and the last. */
    void show(int i) {
        int to = Math.max(0, Math.min(slides.size() - 1, i));
        if (!active.get() || to == index.get()) {
            return;
        }
        lend(to);
        for (Node n : lent) {
            if (n != null) {
                n.setVisible(n == lent.get(to));
            }
        }
        index.set(to);
        holder.requestFocus();
        for (int k = 0; k < slides.size(); k++) {
            Node name = bar.getChildren().get(k);
            name.getStyleClass().remove(CURRENT);
            if (k == to) {
                name.getStyleClass().add(CURRENT);
            }
        }
        position.setText(messages.format("presentation.position", to + 1, slides.size()));
    }

    /** Takes slide {@code k}'s view from the window into the presentation (hidden), unless it is there already. */
    private void lend(int k) {
        if (lent.get(k) == null) {
            Node n = slides.get(k).take();
            n.setVisible(false);
            lent.set(k, n);
            holder.getChildren().add(n);
        }
    }

    /**
     * After a pulse has drawn the slides lent so far, lends the next one ahead of its showing (then the next pulse
     * styles and lays it out, hidden), until every view is lent: a switch then only shows another node.
     */
    private void lendNextInAdvance() {
        int next = lent.indexOf(null);
        if (!active.get() || next < 0) {
            window.getScene().removePostLayoutPulseListener(lendNext);
            return;
        }
        javafx.application.Platform.runLater(() -> {
            if (active.get()) {
                lend(next);
            }
        });
    }

    /** One name per slide: a click shows it; a drop on it filters its view (when the view takes drops) and shows it. */
    private void fillBar() {
        bar.getChildren().clear();
        for (int k = 0; k < slides.size(); k++) {
            int slide = k;
            Slide s = slides.get(k);
            Label name = new Label(s.title());
            name.getStyleClass().add("presentation-name");
            name.setId("slide-" + k);
            name.setOnMouseClicked(e -> show(slide));
            s.dropAction().ifPresent(onDrop -> GroupDrag.target(name, f -> {
                onDrop.accept(f);
                show(slide);
            }));
            name.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(name);
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ESCAPE) {
            leave();
        } else if (k == KeyCode.PAGE_DOWN) {
            next();
        } else if (k == KeyCode.PAGE_UP) {
            previous();
        } else if (k == KeyCode.HOME && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            show(0);
        } else if (k == KeyCode.END && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            show(slides.size() - 1);
        } else {
            return;
        }
        e.consume();
    }

    /** Arrows a view did not take for itself (a focused cell moves to its neighbour) move between slides. */
    private void onArrow(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.RIGHT || k == KeyCode.DOWN) {
            next();
            e.consume();
        } else if (k == KeyCode.LEFT || k == KeyCode.UP) {
            previous();
            e.consume();
        }
    }
}
