package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.store.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kept corpus of bad input (src/test/resources/fangrid/corpus, described in its expectations.txt): every case
 * through the command line, with its exit code, the file, row and column its message names, nothing changed when it
 * fails, and a time limit, so that a hang fails instead of stalling the build.
 */
class CorpusTest {
    /** Far above what any case takes (a second or two); a case that needs more has hung. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String BASELINE = "baseline-orders.csv";

    /** A project holding the baseline orders, made once and copied for each case, and its analysis. */
    @TempDir
    static Path baselineDir;
    private static Path baseline;
    private static String baselineAnalysis;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTheBaselineProject() throws Exception {
        baseline = baselineDir.resolve("baseline");
        Result r = run("import", "--project", baseline.toString(), "--kind", "transactions",
                corpus().resolve(BASELINE).toString());
        assertEquals(0, r.exit(), r.output());
        baselineAnalysis = analysis(baseline, baselineDir);
    }

    /** One line of expectations.txt. */
    record Case(String file, int exit, String row, String column, List<String> arguments, String text) {
        static Case parse(String line) {
            String[] f = line.split("\\|", -1);
            if (f.length < 5 || f.length > 6) {
                throw new IllegalArgumentException("expectations.txt: not FILE | EXIT | ROW | COLUMN | ARGUMENTS [| TEXT]: " + line);
            }
            return new Case(f[0].strip(), Integer.parseInt(f[1].strip()), f[2].strip(), f[3].strip(),
                    Arrays.asList(f[4].strip().split("\\s+")), f.length == 6 ? f[5].strip() : "");
        }

        @Override
        public String toString() {
            return file + " → " + exit + " (" + String.join(" ", arguments) + ")";
        }
    }

    private record Result(int exit, String output) {
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpus().resolve("expectations.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Case c = Case.parse(line);
                cases.add(Arguments.of(Named.of(c.toString(), c)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsAsExpectedAndChangesNothingWhenItFails(Case c) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("case"));
        Path file = Files.copy(corpus().resolve(c.file()), folder.resolve(c.file()));
        byte[] fileBefore = Files.readAllBytes(file);
        Path project = dir.resolve(baseline.getFileName().toString());
        boolean usesProject = c.arguments().contains("PROJECT");
        if (usesProject) {
            Files.copy(Project.withExtension(baseline), Project.withExtension(project));
        }
        String[] args = c.arguments().stream().map(a -> switch (a) {
            case "FILE" -> file.toString();
            case "PROJECT" -> project.toString();
            case "OUT" -> dir.resolve("out.csv").toString();
            default -> a;
        }).toArray(String[]::new);

        Result r = assertTimeoutPreemptively(LIMIT, () -> run(args), () -> c + " did not end within " + LIMIT);

        assertEquals(c.exit(), r.exit(), r.output());
        if (!c.row().equals("-")) {
            assertTrue(Pattern.compile(Pattern.quote(c.file() + ", row " + c.row()) + "\\b").matcher(r.output()).find(),
                    "names file and row " + c.row() + ": " + r.output());
        }
        if (!c.column().equals("-")) {
            assertTrue(r.output().contains("column " + c.column() + ":"), "names column " + c.column() + ": " + r.output());
        }
        assertTrue(r.output().contains(c.text()), "says '" + c.text() + "': " + r.output());
        if (c.exit() != FanGridCli.OK) {
            assertArrayEquals(fileBefore, Files.readAllBytes(file), "the case's file is left as it was");
            if (usesProject) {
                assertEquals(baselineAnalysis, analysis(project, dir), "the project is left as it was");
            }
        }
    }

    /** The project's analysis as {@code analyze --project} and {@code summary} give it, and its import log. */
    private static String analysis(Path project, Path dir) throws Exception {
        Path out = dir.resolve("analysis.csv");
        Result r = run("analyze", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.output());
        String imports;
        try (Project p = Project.open(project)) {
            imports = p.imports().all().stream().map(i -> i.id() + " " + i.fileName() + " " + i.rowsImported()).toList().toString();
        }
        return Files.readString(out) + run("summary", "--project", project.toString(), "--json").output() + imports;
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FanGridCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out + err.toString());
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(CorpusTest.class.getResource("/fangrid/corpus/expectations.txt").toURI()).getParent();
    }
}
