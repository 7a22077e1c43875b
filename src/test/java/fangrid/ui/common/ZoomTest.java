package fangrid.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zoom's steps: in and out stop at the ends, each change is handed on once, odd remembered values snap. */
class ZoomTest {
    @Test
    void stepsInAndOutStopAtTheEndsAndEachChangeIsRemembered() {
        List<Integer> remembered = new ArrayList<>();
        Zoom zoom = new Zoom(100, remembered::add);
        zoom.zoomIn();
        zoom.zoomIn();
        assertEquals(125, zoom.percentProperty().get());
        for (int i = 0; i < 20; i++) {
            zoom.zoomIn();
        }
        assertEquals(250, zoom.percentProperty().get());
        zoom.reset();
        zoom.reset();
        for (int i = 0; i < 20; i++) {
            zoom.zoomOut();
        }
        assertEquals(80, zoom.percentProperty().get());
        assertEquals(List.of(110, 125, 150, 175, 200, 250, 100, 90, 80), remembered, "no change is not remembered");
    }

    @Test
    void aRememberedValueSnapsToTheNearestStep() {
        assertEquals(125, Zoom.nearest(130));
        assertEquals(80, Zoom.nearest(10));
        assertEquals(250, Zoom.nearest(1000));
        assertEquals(100, new Zoom(99, p -> { }).percentProperty().get());
    }
}
