package fangrid.ui.main;

import fangrid.domain.CustomerFilter;
import fangrid.ui.common.GroupDrag;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;

/**
 * A view of the window as a presentation slide: its node is taken from its place while shown and given back after.
 * Any tab of the window's lower tabs is one ({@link #of(Tab)}), so a new view needs no code of its own to be presented.
 */
interface Slide {
    /** The slide's name, as the window names the view. */
    String title();

    /** Takes the view's node from its place in the window. */
    Node take();

    /** Puts the node {@link #take()} gave back in its place. */
    void giveBack(Node node);

    /** Node the slide shows, to be asked whether it takes drops. */
    Node node();

    /** What a drop of customers on the slide's name does: what a drop on the view does, if it takes drops. */
    default Optional<Consumer<CustomerFilter>> dropAction() {
        Node n = node();
        return n == null ? Optional.empty() : GroupDrag.dropAction(n);
    }

    /** The only child of {@code holder}. */
    static Slide inHolder(String title, Pane holder) {
        return new Slide() {
            private final Node node = holder.getChildren().isEmpty() ? null : holder.getChildren().get(0);

            @Override
            public String title() {
                return title;
            }

            @Override
            public Node take() {
                holder.getChildren().remove(node);
                return node;
            }

            @Override
            public void giveBack(Node n) {
                holder.getChildren().add(0, n);
            }

            @Override
            public Node node() {
                return node;
            }
        };
    }

    /** The content of {@code scroll}. */
    static Slide inScroll(String title, ScrollPane scroll) {
        return new Slide() {
            private final Node node = scroll.getContent();

            @Override
            public String title() {
                return title;
            }

            @Override
            public Node take() {
                scroll.setContent(null);
                return node;
            }

            @Override
            public void giveBack(Node n) {
                scroll.setContent(n);
            }

            @Override
            public Node node() {
                return node;
            }
        };
    }

    /** The content of {@code tab}, named as its header names it. */
    static Slide of(Tab tab) {
        return new Slide() {
            private final Node node = tab.getContent();

            @Override
            public String title() {
                if (tab.getText() != null && !tab.getText().isEmpty()) {
                    return tab.getText();
                }
                return tab.getGraphic() instanceof Labeled l ? l.getText() : "";
            }

            @Override
            public Node take() {
                tab.setContent(null);
                return node;
            }

            @Override
            public void giveBack(Node n) {
                tab.setContent(n);
            }

            @Override
            public Node node() {
                return node;
            }
        };
    }
}
