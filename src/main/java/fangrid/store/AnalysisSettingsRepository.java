package fangrid.store;

import fangrid.domain.ActivityMapping;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CpmRules;
import fangrid.domain.GridMode;
import fangrid.domain.RankDownRule;
import fangrid.domain.RfmBreaks;
import fangrid.domain.ScoringMode;
import fangrid.domain.GridThresholds;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reads and writes a project's {@link AnalysisSettings} in its settings table. */
public final class AnalysisSettingsRepository {
    private static final String AS_OF = "analysis.asOf";
    private static final String WINDOW = "analysis.windowMonths";
    private static final String R1 = "grid.r1MaxDays";
    private static final String R2 = "grid.r2MaxDays";
    private static final String GRID_MODE = "grid.mode";
    private static final String ACTIVITIES = "grid.activities";
    private static final String SCORING = "scoring.mode";
    private static final String[] RFM_BREAKS = {"scoring.breaks.recency", "scoring.breaks.frequency", "scoring.breaks.monetary"};

    private static final String RANK_DOWN_K = "rankDown.k";
    private static final String CPM_LAPSED = "cpm.lapsedDays";
    private static final String CPM_STEADY = "cpm.steadyTenureDays";
    private static final String CPM_LOYAL = "cpm.loyalTenureDays";
    private static final String CPM_AMOUNT = "cpm.amount";

    private final SettingsRepository settings;

    public AnalysisSettingsRepository(SettingsRepository settings) {
        this.settings = settings;
    }

    public AnalysisSettings load() throws SQLException {
        AnalysisSettings d = AnalysisSettings.DEFAULT;
        LocalDate asOf = settings.get(AS_OF).map(LocalDate::parse).orElse(null);
        int window = settings.get(WINDOW).map(Integer::parseInt).orElse(d.windowMonths());
        int r1 = settings.get(R1).map(Integer::parseInt).orElse(d.thresholds().r1MaxDays());
        int r2 = settings.get(R2).map(Integer::parseInt).orElse(d.thresholds().r2MaxDays());
        GridMode mode = settings.get(GRID_MODE).map(GridMode::valueOf).orElse(d.gridMode());
        ActivityMapping activities = settings.get(ACTIVITIES).map(ActivityMapping::parse).orElse(d.activities());
        ScoringMode scoring = settings.get(SCORING).map(ScoringMode::of).orElse(d.scoring());
        double[][] breaks = new double[3][];
        for (int k = 0; k < 3; k++) {
            breaks[k] = RfmBreaks.parse(settings.get(RFM_BREAKS[k]).orElse(null));
        }
        RankDownRule rankDown = settings.get(RANK_DOWN_K).map(k -> new RankDownRule(Double.parseDouble(k)))
                .orElse(d.rankDown());
        CpmRules cpm = new CpmRules(
                settings.get(CPM_LAPSED).map(Integer::parseInt).orElse(d.cpm().lapsedDays()),
                settings.get(CPM_STEADY).map(Integer::parseInt).orElse(d.cpm().steadyTenureDays()),
                settings.get(CPM_LOYAL).map(Integer::parseInt).orElse(d.cpm().loyalTenureDays()),
                settings.get(CPM_AMOUNT).map(Double::parseDouble).orElse(d.cpm().amount()));
        return new AnalysisSettings(asOf, window, new GridThresholds(r1, r2), mode, activities, scoring,
                new RfmBreaks(breaks[0], breaks[1], breaks[2]), rankDown, cpm, null);
    }

    public void save(AnalysisSettings s) throws SQLException {
        if (s.asOf() == null) {
            settings.remove(AS_OF);
        } else {
            settings.put(AS_OF, s.asOf().toString());
        }
        settings.put(WINDOW, Integer.toString(s.windowMonths()));
        settings.put(R1, Integer.toString(s.thresholds().r1MaxDays()));
        settings.put(R2, Integer.toString(s.thresholds().r2MaxDays()));
        settings.put(GRID_MODE, s.gridMode().name());
        settings.put(ACTIVITIES, s.activities().format());
        settings.put(SCORING, s.scoring().id());
        double[][] breaks = {s.rfmBreaks().recency(), s.rfmBreaks().frequency(), s.rfmBreaks().monetary()};
        for (int k = 0; k < 3; k++) {
            settings.put(RFM_BREAKS[k], RfmBreaks.format(breaks[k]));
        }
        settings.put(RANK_DOWN_K, Double.toString(s.rankDown().k()));
        settings.put(CPM_LAPSED, Integer.toString(s.cpm().lapsedDays()));
        settings.put(CPM_STEADY, Integer.toString(s.cpm().steadyTenureDays()));
        settings.put(CPM_LOYAL, Integer.toString(s.cpm().loyalTenureDays()));
        settings.put(CPM_AMOUNT, Double.toString(s.cpm().amount()));
    }
}
