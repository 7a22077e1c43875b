package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 in the window: File › Encrypt Project… puts a password on the open project, a start with it asks for the
 * password (again after a wrong one, which changes nothing), and File › Remove Password… takes it off.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptedProjectWindowTest {
    private static final String PASSWORD = "窓 secret 17";

    @TempDir
    Path dir;
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    @Test
    void aProjectIsEncryptedInTheWindowReopenedWithItsPasswordAndItsPasswordRemoved() throws Exception {
        Path sample;
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            sample = p.file();
        }
        robot = window.start(new NoFiles(), "--project=" + sample);
        String r1f1 = text("#count-R1F1");
        assertTrue(menuItem("パスワードを解除…").isDisable(), "a plain project has no password to remove");

        fire("プロジェクトを暗号化…");
        type("#passwordField", PASSWORD);
        type("#passwordAgainField", PASSWORD + "x");
        assertTrue(okButton().isDisabled(), "OK waits for the same password twice");
        robot.interact(() -> robot.lookup("#passwordAgainField").queryAs(PasswordField.class).setText(PASSWORD));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !menuItem("パスワードを解除…").isDisable());
        assertTrue(encrypted(sample), "the file is encrypted");
        assertTrue(menuItem("プロジェクトを暗号化…").isDisable());
        assertEquals(r1f1, text("#count-R1F1"), "the project stays open, as it was");
        window.close();

        robot = window.launch("--project=" + sample);
        type("#passwordField", "not it");
        byte[] before = Files.readAllBytes(sample);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#passwordProblem").tryQuery().isPresent());
        assertEquals("パスワードが違います。プロジェクトは開かず、変更もしていません。もう一度入力してください。",
                robot.lookup("#passwordProblem").queryAs(Label.class).getText());
        assertTrue(Arrays.equals(before, Files.readAllBytes(sample)), "a wrong password changes nothing");
        type("#passwordField", PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#count-R1F1").tryQueryAs(Label.class)
                .map(l -> l.getText().equals(r1f1)).orElse(false));

        fire("パスワードを解除…");
        type("#passwordField", PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !menuItem("プロジェクトを暗号化…").isDisable());
        assertFalse(encrypted(sample), "the password is gone");
    }

    private Button okButton() {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(Button::isDefaultButton)
                .findFirst().orElseThrow();
    }

    private static boolean encrypted(Path file) throws Exception {
        byte[] start = Arrays.copyOf(Files.readAllBytes(file), 9);
        return new String(start, StandardCharsets.ISO_8859_1).equals("H2encrypt");
    }

    /** Waits for the field in a password dialog and types {@code text} into it. */
    private void type(String field, String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(field).tryQuery().isPresent());
        Node n = robot.lookup(field).query();
        robot.interact(() -> ((PasswordField) n).setText(text));
        robot.interact(n::requestFocus);
    }

    /** Fires a menu item without waiting for it: it shows a dialog that waits for an answer. */
    private void fire(String text) {
        MenuItem item = menuItem(text);
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (text.equals(i.getText())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** This test opens no file dialog. */
    private static final class NoFiles implements FileDialogs {
        @Override
        public File open(FileChooser chooser, Window owner) {
            throw new AssertionError("no file dialog expected");
        }

        @Override
        public File save(FileChooser chooser, Window owner) {
            throw new AssertionError("no file dialog expected");
        }
    }
}
