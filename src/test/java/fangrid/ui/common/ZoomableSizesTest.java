package fangrid.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The zoom scales the whole window only if no size is fixed in pixels: the zoom sets the root's font, and every font
 * size, padding, gap and width of the style sheets is in {@code em} of it (or %). The zoom steps themselves, on
 * {@code .root} (and presentation mode's large type at each step), are the only pixel sizes. Borders, radii and effects are decoration and may stay in pixels. The
 * views' FXML gives no size in pixels either (an attribute such as {@code spacing="6"} would not follow the zoom);
 * their sizes are in the style sheet.
 */
class ZoomableSizesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/fangrid/ui");
    /** Properties that size text or layout; a number without a unit is pixels. */
    private static final Pattern SIZING = Pattern.compile(
            "(-fx-font-size|-fx-font|-fx-padding|-fx-spacing|-fx-hgap|-fx-vgap|-fx-label-padding|-fx-graphic-text-gap"
                    + "|-fx-(?:min|pref|max)-(?:width|height)|-fx-cell-size|-fx-fixed-cell-size|-fx-tab-min-width"
                    + "|-fx-tab-max-width|-fx-tab-min-height|-fx-tab-max-height)\\s*:\\s*([^;}]+)");
    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.#-])(\\d*\\.?\\d+)(px|pt)?(?![\\w%.])");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern FXML_SIZE = Pattern.compile(
            "\\s(spacing|hgap|vgap|(?:pref|min|max)(?:Width|Height))=\"(\\d*\\.?\\d+)\"|<Insets\\b");

    @Test
    void everySizeInTheStyleSheetsIsInEmOfTheZoomedRootExceptTheZoomStepsThemselves() throws Exception {
        List<String> fixed = new ArrayList<>();
        for (Path css : files(".css")) {
            String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                String selector = rule.group(1).trim();
                if (selector.matches("\\.root(\\.[\\w-]+)*( \\.presentation)?")) {
                    continue; // the base size, the zoom steps and presentation's: the one place sizes are in px
                }
                Matcher p = SIZING.matcher(rule.group(2));
                while (p.find()) {
                    Matcher n = ABSOLUTE.matcher(p.group(2));
                    while (n.find()) {
                        if (Double.parseDouble(n.group(1)) != 0) {
                            fixed.add(css.getFileName() + ": " + selector + " { " + p.group(1) + ": " + p.group(2).trim() + " }");
                            break;
                        }
                    }
                }
            }
        }
        assertTrue(fixed.isEmpty(), "sizes in pixels do not zoom; use em:\n" + String.join("\n", fixed));
    }

    @Test
    void theViewsFxmlGivesNoSizeInPixels() throws Exception {
        List<String> fixed = new ArrayList<>();
        for (Path fxml : files(".fxml")) {
            Matcher m = FXML_SIZE.matcher(Files.readString(fxml));
            while (m.find()) {
                fixed.add(RESOURCES.relativize(fxml) + ": " + m.group().trim());
            }
        }
        assertTrue(fixed.isEmpty(), "sizes in pixels do not zoom; give them in the style sheet in em:\n"
                + String.join("\n", fixed));
    }

    private static List<Path> files(String suffix) throws Exception {
        try (Stream<Path> all = Files.walk(RESOURCES)) {
            List<Path> found = all.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
            assertTrue(!found.isEmpty(), "no " + suffix + " under " + RESOURCES);
            return found;
        }
    }
}
