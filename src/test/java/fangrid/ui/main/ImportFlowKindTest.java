package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.TestProjects;
import fangrid.domain.DataKind;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import an empty state offers opens the import dialog with the kind of file it asked for. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowKindTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @Test
    void theDialogOpensWithTheOfferedKindAndCancelImportsNothing(FxRobot robot) throws Exception {
        Project.create(dir.resolve("shop")).close();
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(),
                TaskRunner.singleWorker("views"));
        Platform.runLater(() -> model.openProject(dir.resolve("shop.mv.db")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysisProperty().get() != null);

        Path survey = TestProjects.sampleDataDir().resolve("survey.xlsx");
        Platform.runLater(() -> new ImportFlow(model, new Messages(Locale.JAPANESE), FileDialogs.SYSTEM, stage).run(survey, DataKind.SURVEY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importKind").tryQuery().isPresent());
        assertEquals(DataKind.SURVEY, robot.lookup("#importKind").queryAs(ChoiceBox.class).getValue());

        DialogPane pane = (DialogPane) robot.lookup(".dialog-pane").query();
        ButtonType cancel = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(cancel)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, model.imports().size(), "cancelled: nothing imported");
        model.closeProject().get(10, TimeUnit.SECONDS);
    }
}
