package fangrid.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates the bundled sample data set of a small Japanese D2C skincare shop: {@code orders.csv},
 * {@code customers.csv}, {@code products.csv} and {@code survey.xlsx}. The output depends only on
 * {@link #SEED}: never on the clock, the locale, the time zone or hash order.
 */
public final class SampleDataGenerator {

    /** The one seed every random stream is derived from. */
    public static final long SEED = 20251001L;
    /** Number of buyers. */
    public static final int BUYERS = 3000;
    /** Number of registered prospects who never buy. */
    public static final int PROSPECTS = 600;

    private SampleDataGenerator() {
    }

    /**
     * Generates the sample files into a folder and prints their figures.
     *
     * @param args the output folder (default {@code sample-data})
     * @throws IOException on a write error
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data");
        SampleFigures figures = generate(folder);
        System.out.println("Sample data written to " + folder.toAbsolutePath());
        System.out.print(figures.toMarkdown());
    }

    /**
     * Generates the four sample files into a folder (created if missing; existing files are replaced).
     *
     * @param folder the output folder
     * @return the figures, computed from the written files
     * @throws IOException on a write error
     */
    public static SampleFigures generate(Path folder) throws IOException {
        ShopCalendar calendar = new ShopCalendar();
        PurchaseSimulator purchases = new PurchaseSimulator(new Random(SEED + 1), calendar);
        Random typeRnd = new Random(SEED + 2);
        List<DraftOrder> drafts = new ArrayList<>();
        List<Registration> registrations = new ArrayList<>();
        Random regRnd = new Random(SEED + 3);
        for (int b = 0; b < BUYERS; b++) {
            BuyerType type = BuyerType.values()[Weighted.index(typeRnd, BuyerType.weights())];
            List<DraftOrder> plan = purchases.plan(b, type);
            drafts.addAll(plan);
            LocalDate first = plan.get(0).dateTime().toLocalDate();
            LocalDate registered = Weighted.chance(regRnd, 0.15)
                    ? ShopCalendar.dayIn(regRnd, first.minusDays(120), first) : first;
            registrations.add(new Registration(b, registered, true));
        }
        for (int p = 0; p < PROSPECTS; p++) {
            registrations.add(new Registration(BUYERS + p, calendar.acquisitionDay(regRnd), false));
        }
        registrations.sort(Comparator.comparing(Registration::day).thenComparingInt(Registration::index));

        PeopleFactory factory = new PeopleFactory(new Random(SEED + 4));
        List<Person> people = new ArrayList<>();
        String[] idByIndex = new String[BUYERS + PROSPECTS];
        for (Registration r : registrations) {
            String id = String.format(Locale.ROOT, "M%06d", people.size() + 1);
            idByIndex[r.index()] = id;
            people.add(factory.create(id, r.day(), r.buyer()));
        }
        List<OrderLine> lines = new OrderBook(new Random(SEED + 5)).build(drafts, List.of(idByIndex));
        Map<String, Product.Role> roles = new TreeMap<>();
        Catalog.all().forEach(p -> roles.put(p.code(), p.role()));
        Map<String, CustomerSummary> summaries = PurchaseSummaries.of(lines, roles);
        List<SurveyAnswer> answers = new SurveySimulator(new Random(SEED + 6)).simulate(people, summaries);

        Files.createDirectories(folder);
        CsvFiles.writeOrders(folder.resolve("orders.csv"), lines);
        CsvFiles.writeCustomers(folder.resolve("customers.csv"), people);
        CsvFiles.writeProducts(folder.resolve("products.csv"), Catalog.all());
        SurveyWorkbook.write(folder.resolve("survey.xlsx"), answers);
        return SampleFigures.of(folder);
    }

    private record Registration(int index, LocalDate day, boolean buyer) {
    }
}
