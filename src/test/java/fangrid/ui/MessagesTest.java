package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.SkipReason;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in English and Japanese, every key in code exists, and no key is left unused. */
class MessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/fangrid/i18n");
    /** Keys the code builds from a prefix and a value (e.g. "activity." + n). */
    private static final List<Pattern> BUILT_KEYS = List.of(
            Pattern.compile("activity\\.\\d(\\.short)?"), Pattern.compile("kind\\.[a-z-]+"),
            Pattern.compile("grid\\.column\\.f\\d"), Pattern.compile("import\\.scale\\.(levels|stars5|nps)"),
            Pattern.compile("detail\\.column\\.[a-zA-Z]+"), Pattern.compile("detail\\.export\\.(csvUtf8|csvSjis|xlsx)"),
            Pattern.compile("detail\\.(customers|sales|aov|frequency|recency|returns)"),
            Pattern.compile("settings\\.gridMode\\.(fixed|tertiles)"), Pattern.compile("field\\.[a-z_]+"),
            Pattern.compile("import\\.(skip|problem)\\.[a-zA-Z]+"), Pattern.compile("error\\.project\\.[a-zA-Z]+"),
            Pattern.compile("report\\.action\\.\\d"), Pattern.compile("predict\\.(problem\\.[A-Z_]+|model\\.[a-z]+)"),
            Pattern.compile("target\\.by\\.[a-z]+"), Pattern.compile("target\\.error\\.[a-zA-Z]+"));

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static String allSources(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            return files.filter(f -> f.toString().endsWith(extension))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_ja.properties").stringPropertyNames()));
    }

    @Test
    void everyImportFieldSkipReasonPreviewProblemAndProjectProblemIsWordedInBothLanguages() throws IOException {
        List<String> keys = new java.util.ArrayList<>();
        for (fangrid.domain.Field f : fangrid.domain.Field.values()) {
            keys.add("field." + f.id());
        }
        for (fangrid.domain.SkipReason r : fangrid.domain.SkipReason.values()) {
            keys.add(r.messageKey());
        }
        for (fangrid.domain.PreviewRow.Problem p : fangrid.domain.PreviewRow.Problem.values()) {
            keys.add(p.messageKey());
        }
        for (fangrid.domain.ProjectException.Reason r : fangrid.domain.ProjectException.Reason.values()) {
            String key = new fangrid.domain.ProjectException(r, "", null).messageKey();
            if (r != fangrid.domain.ProjectException.Reason.OTHER) {
                keys.add(key);
            }
        }
        for (String bundle : List.of("messages.properties", "messages_ja.properties")) {
            Set<String> present = load(bundle).stringPropertyNames();
            for (String key : keys) {
                assertTrue(present.contains(key), bundle + " lacks " + key);
            }
            for (String key : present) {
                assertTrue(!key.matches("(field|import\\.skip|import\\.problem|error\\.project)\\..+") || keys.contains(key),
                        "no field, reason or problem has the key " + key);
            }
        }
        assertEquals(Set.copyOf(keys).size(), keys.size(), "one key each");
    }

    @Test
    void everyKeyIsUsedAndEveryLiteralKeyExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        String sources = allSources(".java");
        String fxmlSources = allSources(".fxml");
        for (String key : keys) {
            boolean used = sources.contains("\"" + key + "\"") || fxmlSources.contains("\"%" + key + "\"")
                    || BUILT_KEYS.stream().anyMatch(p -> p.matcher(key).matches());
            assertTrue(used, "unused message key: " + key);
        }
        var literal = Pattern.compile("messages\\.(?:get|format)\\(\"([a-zA-Z0-9.]+)\"\\s*[,)]").matcher(sources);
        while (literal.find()) {
            assertTrue(keys.contains(literal.group(1)), "missing message key: " + literal.group(1));
        }
        var fxml = Pattern.compile("\"%([a-zA-Z0-9.]+)\"").matcher(fxmlSources);
        while (fxml.find()) {
            assertTrue(keys.contains(fxml.group(1)), "missing message key in FXML: " + fxml.group(1));
        }
    }
}
