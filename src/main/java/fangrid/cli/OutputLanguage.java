package fangrid.cli;

import fangrid.domain.ImportException;
import fangrid.project.ProjectSession;
import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine.Option;

/**
 * The language a command words its file in, as the window would: {@code --lang}, else the project's language, else
 * the system's (Japanese on a Japanese system, English otherwise).
 */
final class OutputLanguage {
    @Option(names = "--lang", paramLabel = "ja|en",
            description = "the file's language (default: the project's, else the system's)")
    private String lang;

    /** The window's messages in the chosen language. */
    ResourceBundle messages(ProjectSession session) throws ImportException, SQLException {
        String chosen = lang != null ? lang : session.language();
        if (lang != null && !lang.equals("ja") && !lang.equals("en")) {
            throw new ImportException("--lang must be ja or en, not '" + lang + "'");
        }
        if (chosen.isEmpty()) {
            chosen = Locale.getDefault().getLanguage();
        }
        // no fallback: on a Japanese system English would otherwise fall back to the Japanese bundle
        return ResourceBundle.getBundle("fangrid.i18n.messages", "ja".equals(chosen) ? Locale.JAPANESE : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
