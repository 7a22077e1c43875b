package fangrid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of ARCHITECTURE.md: file → import → H2 → per-customer columns → views, one way through. */
@AnalyzeClasses(packages = "fangrid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("fangrid.domain..")
            .layer("files").definedBy("fangrid.files..")
            .layer("store").definedBy("fangrid.store..")
            .layer("importer").definedBy("fangrid.importer..")
            .layer("analysis").definedBy("fangrid.analysis..")
            .layer("export").definedBy("fangrid.export..")
            .layer("project").definedBy("fangrid.project..")
            .layer("cli").definedBy("fangrid.cli..")
            .layer("ui").definedBy("fangrid.ui..")
            .layer("launcher").definedBy("fangrid")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("project").mayOnlyBeAccessedByLayers("ui", "cli", "launcher")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("export", "project", "ui", "cli", "launcher")
            .whereLayer("export").mayOnlyBeAccessedByLayers("project", "ui", "cli", "launcher")
            .whereLayer("importer").mayOnlyBeAccessedByLayers("project", "ui", "cli", "launcher")
            .whereLayer("store").mayOnlyBeAccessedByLayers("importer", "analysis", "project", "ui", "cli", "launcher")
            .because("the CLI and the UI call the same services; services never call up into views");

    @ArchTest
    static final ArchRule importerReadsAndWritesApart = noClasses()
            .that().resideInAnyPackage("fangrid.importer.detect..", "fangrid.importer.parse..", "fangrid.importer.read..")
            .should().dependOnClassesThat().resideInAPackage("fangrid.importer.write..")
            .because("reading a file knows nothing of the database; only the import service joins reading to writing");

    @ArchTest
    static final ArchRule importerWritesWithoutReading = noClasses()
            .that().resideInAnyPackage("fangrid.importer.detect..", "fangrid.importer.parse..", "fangrid.importer.write..")
            .should().dependOnClassesThat().resideInAPackage("fangrid.importer.read..")
            .because("writers take rows as cells, whatever format they were read from");

    @ArchTest
    static final ArchRule windowAndCommandsGoThroughTheSession = noClasses()
            .that().resideInAnyPackage("fangrid.ui..", "fangrid.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("fangrid.store..", "fangrid.importer..", "fangrid.export..")
            .because("a project's rules live in one place, fangrid.project, which the window and the command line share");

    @ArchTest
    static final ArchRule onlyUiTouchesJavaFx = noClasses().that().resideOutsideOfPackages("fangrid.ui..", "fangrid")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
            .because("analytics and storage must run without a window (CLI, tests, benchmarks)");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("fangrid.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("fangrid.domain..", "java..")
            .because("domain value types depend on nothing but the JDK");

    @ArchTest
    static final ArchRule filesArePlainJava = noClasses().that().resideInAPackage("fangrid.files..")
            .should().dependOnClassesThat().resideOutsideOfPackages("fangrid.files..", "java..")
            .because("the rules for the files FanGrid writes serve every layer and depend on nothing but the JDK");

    @ArchTest
    static final ArchRule viewsDoNotQueryTheDatabase = noClasses().that().resideInAPackage("fangrid.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("views render from the model; SQL belongs to store, importer and analysis");
}
