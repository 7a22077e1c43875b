package fangrid.analysis;

import fangrid.domain.AnalysisSettings;
import fangrid.store.AnalysisSettingsRepository;
import fangrid.store.CustomerIds;
import fangrid.store.Project;
import java.sql.SQLException;
import java.time.LocalDate;

/** Analyses a project with its stored settings; the UI and the command line both come here. */
public final class AnalysisService {
    private final CustomerColumnsLoader loader = new CustomerColumnsLoader();

    /** Analyses with the project's stored settings. */
    public Analysis analyze(Project project) throws SQLException {
        return analyze(project, settings(project));
    }

    /** The project's stored settings. */
    public AnalysisSettings settings(Project project) throws SQLException {
        return new AnalysisSettingsRepository(project.settings()).load();
    }

    /** Analyses with {@code settings} (e.g. the stored ones with a command line's overrides), storing nothing. */
    public Analysis analyze(Project project, AnalysisSettings settings) throws SQLException {
        LocalDate asOf = settings.asOf() != null ? settings.asOf()
                : CustomerColumnsLoader.defaultAsOf(project.connection()).orElse(null);
        // Without transactions there is no default date; survey answers of any date still count.
        LocalDate effective = asOf != null ? asOf : LocalDate.of(9999, 12, 31);
        CustomerColumns cols = loader.load(project.connection(), effective, settings.windowMonths());
        return new Analysis(project.name(), settings, asOf, cols, CustomerIds.load(project.connection()));
    }
}
