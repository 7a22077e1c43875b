package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.Activity;
import fangrid.domain.SavedSegment;
import fangrid.store.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.selection.Selection;

/**
 * Editing a saved segment from the sidebar (F2 or its context menu): name, note and activity change in the project,
 * the members stay; a name another segment has is refused and asked again with what the user typed.
 */
@ExtendWith(ApplicationExtension.class)
class SavedSegmentEditTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static long loyalId;
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
            loyalId = p.segments().save("loyal", "first note", Activity.KEEP_LOYAL, "R1F3", null,
                    Selection.with(0, 1, 2), false).id();
            p.segments().save("lapsed", "", Activity.STOP_AT_RISK, "R3F3", null, Selection.with(3, 4), false);
        }
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void f2EditsTheSelectedSavedSegmentAndKeepsItsMembers() throws Exception {
        FxRobot robot = window.start("--project=" + project);
        robot.clickOn("#segment-saved-" + loyalId).type(KeyCode.F2);
        fill(robot, "loyal fans", "call before the sale", Activity.GROW_NEW_CUSTOMERS);
        robot.clickOn("変更");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellText(robot).startsWith("loyal fans"));
        window.close();
        try (Project p = Project.open(project)) {
            SavedSegment s = p.segments().get(loyalId).orElseThrow();
            assertEquals("loyal fans", s.name());
            assertEquals("call before the sale", s.note());
            assertEquals(Activity.GROW_NEW_CUSTOMERS, s.activity());
            assertEquals("R1F3", s.definition());
            assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(p.segments().members(loyalId).toArray()).boxed().toList());
        }
    }

    @Test
    void aNameAnotherSegmentHasIsRefusedAndAskedAgainWithWhatWasTyped() throws Exception {
        FxRobot robot = window.start("--project=" + project);
        String before = cellText(robot);
        robot.rightClickOn("#segment-saved-" + loyalId).clickOn("保存したセグメントを編集…");
        fill(robot, "LAPSED", "typed note", Activity.STOP_AT_RISK);
        robot.clickOn("変更");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                        && l.getText().contains("「LAPSED」という名前のセグメントはすでにあります")).tryQuery().isPresent());
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#segmentName").tryQuery().isPresent());
        assertEquals("LAPSED", robot.lookup("#segmentName").queryAs(TextField.class).getText());
        assertEquals("typed note", robot.lookup("#segmentNote").queryAs(TextArea.class).getText());
        robot.clickOn("キャンセル");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, cellText(robot));
        window.close();
        try (Project p = Project.open(project)) {
            assertTrue(p.segments().get(loyalId).orElseThrow().name().startsWith("loyal"), "unchanged");
        }
    }

    private static void fill(FxRobot robot, String name, String note, Activity activity) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#segmentName").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#segmentName").queryAs(TextField.class).setText(name);
            robot.lookup("#segmentNote").queryAs(TextArea.class).setText(note);
            @SuppressWarnings("unchecked")
            ComboBox<Activity> a = robot.lookup("#segmentActivity").queryAs(ComboBox.class);
            a.setValue(activity);
        });
    }

    private static String cellText(FxRobot robot) {
        return robot.lookup("#segment-saved-" + loyalId).queryAs(ListCell.class).getText();
    }
}
