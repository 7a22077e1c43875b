package fangrid.bench;

import fangrid.analysis.Analysis;
import fangrid.domain.StepProgress;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Category switching benchmark (not a test): in one session, as the window's category selector does, switching to a
 * category for the first time, switching back to one shown before (kept by the session), and the cross-category
 * matrix; then the heap the kept analyses hold.
 * <pre>
 * java -Xmx4g -cp … fangrid.bench.CategorySwitchBenchmark PROJECT [ROUNDS]
 * </pre>
 * A project without categories (such as AnalysisBenchmark's generated one, whose products are P0…P4999) is first
 * copied beside itself as {@code …-categories.mv.db} with a catalog giving its products 20 categories, and the copy is
 * measured: the given file is never written.
 */
public final class CategorySwitchBenchmark {
    private static final int CATEGORIES = 20;

    private CategorySwitchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path project = withCategories(Path.of(args[0]));
        long t = System.nanoTime();
        long cpu = cpuNanos();
        try (ProjectSession s = ProjectSession.open(project)) {
            Analysis all = s.analysis();
            System.out.printf("opening and analysing all products: CPU %.2f s%n", (cpuNanos() - cpu) / 1e9);
            List<String> names = s.categories().stream().map(c -> c.name()).toList();
            System.out.printf("%s: %,d people, %d categories; opened and analysed in %.2f s%n", project.getFileName(),
                    all.summary().people(), names.size(), seconds(t));
            List<Double> first = new ArrayList<>();
            List<Double> back = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                String a = names.get(2 * r);
                String b = names.get(2 * r + 1);
                first.add(switchTo(s, a));
                first.add(switchTo(s, b));
                back.add(switchTo(s, a));
                back.add(switchTo(s, b));
            }
            System.out.printf("all products again (no longer kept after %d other categories): CPU %.2f s%n",
                    2 * rounds, switchTo(s, null));
            LOG.forEach(System.out::println);
            System.out.printf("switching to a category the first time: median CPU %.2f s of %d %s%n", median(first),
                    first.size(), first);
            System.out.printf("switching back to a kept one: median CPU %.3f s of %d %s%n", median(back), back.size(),
                    back);
            for (int r = 0; r < 3; r++) {
                System.gc();
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap in use with %d kept analyses besides the one shown: %,d MB%n",
                    ProjectSession.KEPT_CATEGORY_ANALYSES, (rt.totalMemory() - rt.freeMemory()) >> 20);
            List<String> matrixNames = names.subList(0, Math.min(names.size(), 12));
            long m = System.nanoTime();
            long matrixCpu = cpuNanos();
            s.categoryCrossing(all.settings(), matrixNames, StepProgress.NONE);
            System.out.printf("cross-category matrix of %d categories: wall %.1f s, CPU %.1f s%n", matrixNames.size(),
                    seconds(m), (cpuNanos() - matrixCpu) / 1e9);
        }
    }

    /** Wall and CPU seconds of each switch, in the order made. */
    private static final List<String> LOG = new ArrayList<>();

    /** Switches to {@code category}; returns the process's CPU seconds it took (fair under a loaded machine). */
    private static double switchTo(ProjectSession s, String category) throws Exception {
        long t = System.nanoTime();
        long cpu = cpuNanos();
        s.updateSettings(s.analysis().settings().withCategory(category));
        double cpuSeconds = Math.round((cpuNanos() - cpu) / 1e6) / 1000.0;
        LOG.add(String.format("%s: wall %.3f s, CPU %.3f s", category, seconds(t), cpuSeconds));
        return cpuSeconds;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The project, or a copy of it with a catalog of 20 categories when it has fewer than two. */
    private static Path withCategories(Path file) throws Exception {
        try (ProjectSession s = ProjectSession.openReadOnlyCopy(file)) {
            if (s.categories().size() >= 2) {
                return file;
            }
        }
        Path copy = file.resolveSibling(file.getFileName().toString().replace(".mv.db", "-categories.mv.db"));
        if (Files.exists(copy)) {
            return copy;
        }
        Path part = copy.resolveSibling(copy.getFileName() + ".part.mv.db");
        Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
        try (Project p = Project.open(part); PreparedStatement insert = p.connection().prepareStatement(
                "INSERT INTO product(product_code, role, category, import_id) VALUES (?, 0, ?, 1)")) {
            for (int code = 0; code < 5000; code++) {
                insert.setString(1, "P" + code);
                insert.setString(2, String.format("Line %02d", code % CATEGORIES));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Files.move(part, copy);
        return copy;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
