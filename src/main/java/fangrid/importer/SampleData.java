package fangrid.importer;

import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.domain.ImportReport;
import fangrid.store.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The sample shop bundled with FanGrid (sample-data/), imported into a new user's first project. */
public final class SampleData {
    /** The bundled files in import order: the catalog first, so that product roles are known. */
    public static final List<SampleFile> FILES = List.of(
            new SampleFile("products.csv", DataKind.CATALOG),
            new SampleFile("customers.csv", DataKind.CUSTOMERS),
            new SampleFile("orders.csv", DataKind.TRANSACTIONS),
            new SampleFile("survey.xlsx", DataKind.SURVEY));

    /** One bundled file and what it holds. */
    public record SampleFile(String name, DataKind kind) {
    }

    private final ImportService imports;

    public SampleData(ImportService imports) {
        this.imports = imports;
    }

    /** Imports every sample file into {@code project} and returns the reports, in import order. */
    public List<ImportReport> loadInto(Project project) throws IOException, ImportException, SQLException {
        Path dir = Files.createTempDirectory("fangrid-sample");
        try {
            List<ImportReport> reports = new ArrayList<>();
            for (SampleFile f : FILES) {
                Path file = dir.resolve(f.name());
                try (InputStream in = SampleData.class.getResourceAsStream("/fangrid/sample-data/" + f.name())) {
                    if (in == null) {
                        throw new IOException("the bundled sample file " + f.name() + " is missing from this build");
                    }
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                reports.add(imports.importFile(project, file, f.kind()));
                Files.delete(file);
            }
            return reports;
        } finally {
            Files.deleteIfExists(dir);
        }
    }
}
