package fangrid.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated sample has exactly the figures sample-data/README.md documents, and the shape the brief asks for.
 * The expected values were counted from the shipped files by a separate script (Python, without FanGrid's code), with
 * the rules of DOMAIN.md; the generator writes those files byte for byte (SampleDataDeterminismTest).
 */
class SampleDataFiguresTest {

    @TempDir
    static Path dir;
    static SampleFigures figures;
    static List<OrderLine> lines;
    static Map<String, CustomerSummary> summaries;
    static List<SurveyAnswer> survey;

    @BeforeAll
    static void generate() throws IOException {
        figures = SampleDataGenerator.generate(dir);
        System.out.print(figures.toMarkdown());
        lines = SampleDataReader.readOrders(dir.resolve("orders.csv"));
        summaries = PurchaseSummaries.of(lines, SampleDataReader.readProductRoles(dir.resolve("products.csv")));
        survey = SampleDataReader.readSurvey(dir.resolve("survey.xlsx"));
    }

    @Test
    void theReadmeShowsTheseFigures() throws IOException {
        String readme = Files.readString(TestProjects.sampleDataDir().resolve("README.md"));
        assertTrue(readme.contains(figures.toMarkdown()), "sample-data/README.md's table is\n" + figures.toMarkdown());
    }

    @Test
    void peopleBuyersAndProspects() {
        assertEquals(3_600, figures.people());
        assertEquals(3_000, figures.buyers());
        assertEquals(600, figures.prospects());
        assertEquals(35, figures.buyersWithoutOccasion());
        assertEquals(LocalDate.of(2025, 10, 1), figures.analysisDate());
    }

    @Test
    void mostBuyersBuyOnceAndATailRepeats() {
        assertEquals(1_837, figures.oneTimeBuyers());
        assertArrayEquals(new int[] {1_837, 407, 721}, figures.frequency(), "F1 / F2 / F3");
        assertArrayEquals(new int[] {690, 773, 219, 486}, figures.observedUsage(), "observed usage 2 / 3 / 4 / 5");
    }

    @Test
    void recencySpreadsOverTheThreeBands() {
        assertArrayEquals(new int[] {643, 351, 1_971}, figures.recency(), "R1 ≤ 90 / R2 91–180 / R3 > 180 days");
    }

    @Test
    void aFewPercentOfOrdersAreReturnedAboutHalfEntirely() {
        assertEquals(6_750, figures.orders());
        assertEquals(8_111, figures.orderLines());
        assertEquals(214, figures.returnLines());
        assertEquals(203, figures.ordersWithReturns());
        assertEquals(102, figures.cancelledOrders());
        assertEquals(44_682_930, figures.netSales());
    }

    @Test
    void aboutFortyPercentAnsweredIncludingProspects() {
        assertEquals(1_491, figures.respondents());
        assertEquals(267, figures.nonBuyerRespondents());
        Map<Integer, Long> prospectUsage = new TreeMap<>();
        for (SurveyAnswer a : survey) {
            if (!summaries.containsKey(a.customerId())) {
                prospectUsage.merge(a.usage(), 1L, Long::sum);
            }
        }
        assertEquals(Map.of(0, 134L, 1, 72L, 2, 61L), prospectUsage, "prospects answered usage 0, 1 or 2");
    }

    @Test
    void usageAnswersMostlyAgreeWithTheOrders() {
        long comparable = survey.stream().filter(a -> summaries.containsKey(a.customerId())
                && summaries.get(a.customerId()).observedUsage() != CustomerSummary.NOT_OBSERVED).count();
        assertEquals(944, comparable);
        assertEquals(42, figures.usageDisagreements());
    }

    @Test
    void favorabilityGrowsWithRepeatBuying() {
        double[] sum = new double[6];
        int[] n = new int[6];
        int dislikingOnce = 0;
        for (SurveyAnswer a : survey) {
            CustomerSummary s = summaries.get(a.customerId());
            if (s == null || a.favorability() == null || s.observedUsage() == CustomerSummary.NOT_OBSERVED) {
                continue;
            }
            sum[s.observedUsage()] += a.favorability();
            n[s.observedUsage()]++;
            dislikingOnce += s.observedUsage() == 3 && a.favorability() <= 2 ? 1 : 0;
        }
        assertArrayEquals(new int[] {0, 0, 250, 293, 107, 279}, n, "answers with a favorability per observed usage");
        assertTrue(sum[5] / n[5] > sum[3] / n[3] + 1, "usage 5 likes more than usage 3");
        assertTrue(sum[4] / n[4] > sum[3] / n[3], "usage 4 likes more than usage 3");
        assertEquals(59, dislikingOnce, "some one-time buyers dislike the product");
    }

    @Test
    void firstCategoryIsAFewPercentOfAllPeople() {
        assertEquals(170, figures.firstCategory());
    }

    @Test
    void repeatBuyersFollowRegularCyclesAndOftenStartWithTheTrial() {
        Map<String, List<LocalDate>> days = occasionDays();
        List<Long> medians = new ArrayList<>();
        days.values().stream().filter(d -> d.size() >= 3).forEach(d -> {
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < d.size(); i++) {
                gaps.add(ChronoUnit.DAYS.between(d.get(i - 1), d.get(i)));
            }
            gaps.sort(null);
            medians.add(gaps.get(gaps.size() / 2));
        });
        medians.sort(null);
        assertEquals(45L, medians.get(medians.size() / 2), "median repeat interval, days");
        long trialFirst = summaries.values().stream()
                .filter(s -> s.mainOccasions() >= 1 && s.trialOccasions() >= 1).count();
        assertEquals(418, trialFirst, "buyers of the trial set and the serum");
    }

    @Test
    void seasonalAndBulkBuyersExist() {
        int seasonal = 0;
        for (List<LocalDate> d : occasionDays().values()) {
            if (d.size() >= 2 && d.get(0).getYear() != d.get(d.size() - 1).getYear()) {
                for (int start = 1; start <= 12; start++) {
                    int s = start;
                    long inside = d.stream().filter(x -> (x.getMonthValue() - s + 12) % 12 < 3).count();
                    if (inside >= 0.8 * d.size()) {
                        seasonal++;
                        break;
                    }
                }
            }
        }
        assertEquals(172, seasonal, "seasonal buyers");
        Map<String, int[]> items = new TreeMap<>();
        for (OrderLine l : lines) {
            if (l.kind() == OrderLine.Kind.ORDER) {
                items.computeIfAbsent(l.customerId(), k -> new int[1])[0] += l.quantity();
            }
        }
        long bulk = items.entrySet().stream().filter(e -> summaries.get(e.getKey()).orders() <= 3
                && e.getValue()[0] >= 5.0 * summaries.get(e.getKey()).orders()).count();
        assertEquals(122, bulk, "bulk buyers");
    }

    @Test
    void acquisitionGrowsAndPeaksInNovemberAndDecember() {
        int[] byMonth = new int[12];
        int firstYear = 0;
        int lastYear = 0;
        for (CustomerSummary s : summaries.values()) {
            if (s.firstPurchase() == null) {
                continue;
            }
            byMonth[s.firstPurchase().getMonthValue() - 1]++;
            firstYear += s.firstPurchase().isBefore(LocalDate.of(2024, 4, 1)) ? 1 : 0;
            lastYear += s.firstPurchase().isAfter(LocalDate.of(2024, 9, 30)) ? 1 : 0;
        }
        assertEquals(List.of(978, 1_453), List.of(firstYear, lastYear), "first buyers in the first and the last year");
        assertArrayEquals(new int[] {192, 170, 209, 228, 271, 259, 310, 263, 225, 167, 314, 357}, byMonth, "first buyers by month");
        double rest = 0;
        for (int m = 0; m < 10; m++) {
            rest += byMonth[m] / 10.0;
        }
        assertTrue((byMonth[10] + byMonth[11]) / 2.0 > 1.2 * rest, "Nov–Dec peak");
    }

    private static Map<String, List<LocalDate>> occasionDays() {
        Map<String, Long> net = new TreeMap<>();
        Map<String, LocalDate> day = new TreeMap<>();
        Map<String, String> customer = new TreeMap<>();
        for (OrderLine l : lines) {
            net.merge(l.orderId(), l.subtotal(), Long::sum);
            if (l.kind() == OrderLine.Kind.ORDER) {
                day.put(l.orderId(), l.dateTime().toLocalDate());
                customer.put(l.orderId(), l.customerId());
            }
        }
        Map<String, List<LocalDate>> days = new TreeMap<>();
        day.forEach((id, d) -> {
            if (net.get(id) > 0) {
                days.computeIfAbsent(customer.get(id), k -> new ArrayList<>()).add(d);
            }
        });
        days.values().forEach(l -> l.sort(null));
        return days;
    }
}
