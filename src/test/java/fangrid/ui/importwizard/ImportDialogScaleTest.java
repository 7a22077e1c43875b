package fangrid.ui.importwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.DataKind;
import fangrid.domain.Favorability;
import fangrid.domain.FavorabilityScale;
import fangrid.domain.Field;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A survey on review stars shows its value-mapping table in the import dialog, and each answer can be changed. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogScaleTest {
    @TempDir
    static Path dir;
    private ImportDialogModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path survey = Files.writeString(dir.resolve("survey.csv"), "顧客ID,好感度（星）\nA,5\nB,4\nC,2\n", StandardCharsets.UTF_8);
        fangrid.ui.theme.Theme.loadFonts();
        model = new ImportDialogModel(survey, TaskRunner.singleWorker());
        model.kindProperty().set(DataKind.SURVEY);
        new ImportDialog(model, new Messages(Locale.JAPANESE)).show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStarsTableIsShownAndAnAnswerCanMeanAnotherLevel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.mappingProperty().get() != null
                && model.mappingProperty().get().favorabilityScale() == FavorabilityScale.STARS_5
                && robot.lookup("#favorability-5").tryQuery().isPresent());
        ChoiceBox<FavorabilityScale> scale = robot.lookup("#favorabilityScale").queryAs(ChoiceBox.class);
        assertEquals(FavorabilityScale.STARS_5, scale.getValue());
        ChoiceBox<Favorability> five = robot.lookup("#favorability-5").queryAs(ChoiceBox.class);
        assertEquals(Favorability.ofCode(6), five.getValue(), "5 stars means 大好き by default");
        robot.interact(() -> five.setValue(Favorability.ofCode(7)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.mappingProperty().get().favorabilityTable().get(5) == 7
                && !model.preview().isEmpty() && model.preview().get(0).cells().get(Field.FAVORABILITY).text().contains("7"));
        ChoiceBox<FavorabilityScale> scaleAgain = robot.lookup("#favorabilityScale").queryAs(ChoiceBox.class);
        robot.interact(() -> scaleAgain.setValue(FavorabilityScale.NPS_11));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#favorability-10").tryQuery().isPresent());
        assertEquals(11, model.mappingProperty().get().favorabilityTable().size(), "NPS answers 0–10");
    }
}
