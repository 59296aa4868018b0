package app.groundwork.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a long screen so the control that has keyboard focus is in view. JavaFX's ScrollPane does not do this by
 * itself, so without it a person moving through a form with Tab would lose sight of where they are.
 */
public final class ScrollIntoView {
    private static final double MARGIN = 24;

    private ScrollIntoView() {
    }

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> {
                    if (focused != null && isInside(focused, scroll)) {
                        reveal(scroll, focused);
                    }
                });
            }
        });
    }

    private static boolean isInside(Node node, ScrollPane scroll) {
        for (Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent == scroll.getContent()) {
                return true;
            }
        }
        return false;
    }

    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewportHeight;
        if (scrollable <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * scrollable;
        if (bounds.getMinY() < top) {
            top = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() > top + viewportHeight) {
            top = bounds.getMaxY() - viewportHeight + MARGIN;
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / scrollable)));
    }
}
