package fangrid.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens and what is remembered of it, on screens given by hand (no window). */
class WindowPlacementTest {
    /** A 1366 × 768 laptop screen whose top panel takes 27 px. */
    private static final WindowPlacement.Display LAPTOP = new WindowPlacement.Display(
            new Rectangle2D(0, 0, 1366, 768), new Rectangle2D(0, 27, 1366, 741));
    /** A 1920 × 1080 projector to the right of the laptop, no panel. */
    private static final WindowPlacement.Display PROJECTOR = new WindowPlacement.Display(
            new Rectangle2D(1366, 0, 1920, 1080), new Rectangle2D(1366, 0, 1920, 1080));

    private final Map<String, String> settings = new HashMap<>();

    private WindowPlacement.Placement open(List<WindowPlacement.Display> displays) {
        return WindowPlacement.opening(displays, name -> settings.getOrDefault(name, ""), 1280, 800);
    }

    private void close(Rectangle2D window, boolean maximized, List<WindowPlacement.Display> displays) {
        settings.putAll(WindowPlacement.remembering(window, maximized, displays));
    }

    @Test
    void theFirstWindowFitsTheVisibleBoundsOfASmallScreen() {
        WindowPlacement.Placement p = open(List.of(LAPTOP));
        assertEquals(new Rectangle2D(43, 27, 1280, 741), p.bounds(), "1280 wide centred, as high as the panel leaves");
        assertFalse(p.maximized());
        assertEquals(new Rectangle2D(1366 + 320, 140, 1280, 800), open(List.of(PROJECTOR, LAPTOP)).bounds(),
                "centred on the primary screen, the projector here");
    }

    @Test
    void aWindowComesBackWhereItWasOnAScreenOfTheSameSize() {
        close(new Rectangle2D(100, 60, 1000, 650), false, List.of(LAPTOP));
        assertEquals(new Rectangle2D(100, 60, 1000, 650), open(List.of(LAPTOP)).bounds());
        close(new Rectangle2D(1366 + 200, 100, 1600, 900), true, List.of(LAPTOP, PROJECTOR));
        WindowPlacement.Placement onProjector = open(List.of(LAPTOP, PROJECTOR));
        assertEquals(new Rectangle2D(1366 + 200, 100, 1600, 900), onProjector.bounds(), "last closed on the projector");
        assertTrue(onProjector.maximized());
        WindowPlacement.Placement projectorLeft = open(List.of(LAPTOP,
                new WindowPlacement.Display(new Rectangle2D(-1920, 0, 1920, 1080), new Rectangle2D(-1920, 0, 1920, 1080))));
        assertEquals(new Rectangle2D(-1920 + 200, 100, 1600, 900), projectorLeft.bounds(),
                "the projector now left of the laptop: the same place on it");
        assertEquals(new Rectangle2D(100, 60, 1000, 650), open(List.of(LAPTOP)).bounds(),
                "the projector gone: where the window was on the laptop");
    }

    @Test
    void aRememberedWindowLargerThanTodaysVisibleBoundsIsFittedIntoThem() {
        close(new Rectangle2D(0, 0, 1366, 768), false, List.of(LAPTOP));
        WindowPlacement.Display panelBelow = new WindowPlacement.Display(new Rectangle2D(0, 0, 1366, 768),
                new Rectangle2D(0, 0, 1366, 720));
        assertEquals(new Rectangle2D(0, 0, 1366, 720), open(List.of(panelBelow)).bounds());
        close(new Rectangle2D(-300, 700, 800, 600), false, List.of(LAPTOP));
        Rectangle2D moved = open(List.of(LAPTOP)).bounds();
        assertEquals(new Rectangle2D(0, 27 + 741 - 600, 800, 600), moved, "dragged half off the screen: back on it");
    }

    @Test
    void aScreenOfAnotherSizeOrAnUnreadableSettingGetsTheDefaultSize() {
        close(new Rectangle2D(100, 60, 1000, 650), false, List.of(LAPTOP));
        assertEquals(new Rectangle2D(320, 140, 1280, 800), open(List.of(PROJECTOR_AT_ORIGIN)).bounds());
        settings.put("1366x768", "100,60,-5,650,normal");
        assertEquals(new Rectangle2D(43, 27, 1280, 741), open(List.of(LAPTOP)).bounds());
        settings.put("1366x768", "NaN,60,1000,650,normal");
        assertEquals(new Rectangle2D(43, 27, 1280, 741), open(List.of(LAPTOP)).bounds());
    }

    private static final WindowPlacement.Display PROJECTOR_AT_ORIGIN = new WindowPlacement.Display(
            new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(0, 0, 1920, 1080));
}
