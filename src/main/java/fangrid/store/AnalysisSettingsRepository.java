package fangrid.store;

import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridThresholds;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reads and writes a project's {@link AnalysisSettings} in its settings table. */
public final class AnalysisSettingsRepository {
    private static final String AS_OF = "analysis.asOf";
    private static final String WINDOW = "analysis.windowMonths";
    private static final String R1 = "grid.r1MaxDays";
    private static final String R2 = "grid.r2MaxDays";

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
        return new AnalysisSettings(asOf, window, new GridThresholds(r1, r2));
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
    }
}
