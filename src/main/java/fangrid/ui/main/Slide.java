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
 * Any tab of the window's lower tabs is one ({@link #of(Tab, Runnable)}), so a new view needs no code of its own to be
 * presented.
 */
interface Slide {
    /** The slide's name, as the window names the view. */
    String title();

    /** Takes the view's node from its place in the window. */
    Node take();

    /** Puts the node {@link #take()} gave back in its place. */
    void giveBack(Node node);

    /** Whether the slide has a view to show. */
    boolean hasView();

    /** What a drop of customers on the slide's name does, if its view takes drops. */
    Optional<Consumer<CustomerFilter>> dropAction();

    /** Slides of a view that is there already: {@code node}, whose drop action is the slide's. */
    abstract class ExistingView implements Slide {
        final Node node;

        ExistingView(Node node) {
            this.node = node;
        }

        @Override
        public boolean hasView() {
            return node != null;
        }

        @Override
        public Optional<Consumer<CustomerFilter>> dropAction() {
            return node == null ? Optional.empty() : GroupDrag.dropAction(node);
        }
    }

    /** The only child of {@code holder}. */
    static Slide inHolder(String title, Pane holder) {
        return new ExistingView(holder.getChildren().isEmpty() ? null : holder.getChildren().get(0)) {
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
        };
    }

    /** The content of {@code scroll}. */
    static Slide inScroll(String title, ScrollPane scroll) {
        return new ExistingView(scroll.getContent()) {
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
        };
    }

    /**
     * The content of {@code tab}, named as its header names it; {@code build} builds it if the tab has not been shown
     * yet (then only when the slide is lent). A drop on its name does what a drop on the tab's header does.
     */
    static Slide of(Tab tab, Runnable build) {
        return new Slide() {
            @Override
            public String title() {
                if (tab.getText() != null && !tab.getText().isEmpty()) {
                    return tab.getText();
                }
                return tab.getGraphic() instanceof Labeled l ? l.getText() : "";
            }

            @Override
            public Node take() {
                build.run();
                Node node = tab.getContent();
                tab.setContent(null);
                return node;
            }

            @Override
            public void giveBack(Node n) {
                tab.setContent(n);
            }

            @Override
            public boolean hasView() {
                return true;
            }

            @Override
            public Optional<Consumer<CustomerFilter>> dropAction() {
                return tab.getGraphic() == null ? Optional.empty() : GroupDrag.dropAction(tab.getGraphic());
            }
        };
    }
}
