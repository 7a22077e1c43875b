package fangrid;

import fangrid.importer.ImportService;
import fangrid.importer.SampleData;
import fangrid.store.Project;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/** Shared helpers for tests: projects filled with the sample shop, and the team's ../shared data. */
public final class TestProjects {
    private TestProjects() {
    }

    /** A new project in {@code dir} holding the bundled sample shop. */
    public static Project sampleProject(Path dir) throws Exception {
        Project p = Project.create(dir.resolve("sample"));
        new SampleData(new ImportService()).loadInto(p);
        return p;
    }

    /** The sample-data folder of this checkout. */
    public static Path sampleDataDir() {
        return Paths.get("sample-data").toAbsolutePath();
    }

    /** A file under ../shared/data, or a skipped test where that folder is absent (a clone outside the workspace). */
    public static Path sharedData(String relative) {
        Path shared = Paths.get(System.getProperty("fangrid.shared.dir", "../shared")).resolve("data").resolve(relative);
        Assumptions.assumeTrue(shared.toFile().exists(),
                "skipped: " + shared + " is absent (the team's shared data sets live beside the project in CI)");
        return shared;
    }
}
