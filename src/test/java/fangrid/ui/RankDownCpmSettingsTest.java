package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.CustomerTable;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CpmRules;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.Project;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The rank-down multiple and the CPM thresholds edited on the CPM card: applied at once and stored with the project. */
@ExtendWith(ApplicationExtension.class)
class RankDownCpmSettingsTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static CustomerTable customers;
    private final NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPANESE);
    private final FanGridWindow window = new FanGridWindow();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
            Analysis a = new AnalysisService().analyze(p);
            customers = a.customers();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    /** Repeat customers more than {@code k} × their median interval past their last purchase. */
    private static int atRisk(double k) {
        int count = 0;
        for (int i = 0; i < customers.size(); i++) {
            if (customers.inBase(i) && customers.frequency(i) >= 2
                    && customers.recencyDays(i) > k * customers.medianIntervalDays(i)) {
                count++;
            }
        }
        return count;
    }

    /** Steady and active with the amount at {@code amount}: tenure ≥ 90 days, at most that, bought within 240 days. */
    private static int steadyActive(int amount) {
        int count = 0;
        for (int i = 0; i < customers.size(); i++) {
            int tenure = customers.daysSinceFirstPurchase(i) - customers.recencyDays(i);
            if (customers.inBase(i) && customers.frequency(i) >= 2 && tenure >= 90 && customers.monetary(i) <= amount
                    && customers.recencyDays(i) < 240) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aNewMultipleAndAmountApplyAtOnceAndAreStored() throws Exception {
        FxRobot robot = window.start("--project=" + project);
        robot.clickOn("#cpmTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> n.format(steadyActive(70_000))
                .equals(robot.lookup("#cpm-count-steady-active").queryAs(Label.class).getText()));
        assertNotEquals(atRisk(1.5), atRisk(2.5), "the multiple matters on the sample");
        assertNotEquals(steadyActive(70_000), steadyActive(30_000), "the amount matters on the sample");
        @SuppressWarnings("unchecked")
        Spinner<Double> k = robot.lookup("#kSpinner").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> amount = robot.lookup("#amountSpinner").queryAs(Spinner.class);
        robot.interact(() -> {
            k.getValueFactory().setValue(2.5);
            amount.getValueFactory().setValue(30_000);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> n.format(steadyActive(30_000))
                .equals(robot.lookup("#cpm-count-steady-active").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#segment-at-risk .segment-size")
                .queryAs(Label.class).getText().contains(n.format(atRisk(2.5))));
        window.close();
        try (Project p = Project.open(project)) {
            AnalysisSettings stored = new AnalysisSettingsRepository(p.settings()).load();
            assertEquals(2.5, stored.rankDown().k());
            assertEquals(new CpmRules(240, 90, 210, 30_000), stored.cpm());
        }
    }
}
