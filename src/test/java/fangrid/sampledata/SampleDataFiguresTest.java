package fangrid.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/** The generated sample has the realistic shape the brief asks for; the figures are printed for the README. */
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

    private static void assertBetween(double min, double max, double actual, String what) {
        assertTrue(actual >= min && actual <= max, what + " = " + actual + ", expected " + min + "–" + max);
    }

    @Test
    void peopleBuyersAndProspects() {
        assertBetween(3400, 3800, figures.people(), "people");
        assertBetween(2800, 3200, figures.buyers(), "buyers");
        assertBetween(500, 700, figures.prospects(), "prospects");
        assertEquals(LocalDate.of(2025, 10, 1), figures.analysisDate());
    }

    @Test
    void mostBuyersBuyOnceAndATailRepeats() {
        assertBetween(0.55, 0.65, figures.oneTimeShare(), "one-time share");
        assertBetween(0.10, 0.35, (double) figures.frequency()[2] / figures.buyers(), "F3 share");
    }

    @Test
    void recencySpreadsOverTheThreeBands() {
        int total = figures.recency()[0] + figures.recency()[1] + figures.recency()[2];
        for (int r = 0; r < 3; r++) {
            assertBetween(0.10, 0.80, (double) figures.recency()[r] / total, "R" + (r + 1) + " share");
        }
    }

    @Test
    void aFewPercentOfOrdersAreReturnedAboutHalfEntirely() {
        assertBetween(0.02, 0.04, figures.returnShare(), "return share");
        assertBetween(0.35, 0.65, (double) figures.cancelledOrders() / figures.ordersWithReturns(), "cancelled share");
    }

    @Test
    void aboutFortyPercentAnsweredIncludingProspects() {
        assertBetween(0.35, 0.45, figures.responseShare(), "response share");
        assertBetween(0.30, 0.50, (double) figures.nonBuyerRespondents() / figures.prospects(), "prospect response");
        for (SurveyAnswer a : survey) {
            if (!summaries.containsKey(a.customerId())) {
                assertBetween(0, 2, a.usage(), "usage answer of a prospect");
            }
        }
    }

    @Test
    void usageAnswersMostlyAgreeWithTheOrders() {
        long comparable = survey.stream().filter(a -> summaries.containsKey(a.customerId())
                && summaries.get(a.customerId()).observedUsage() != CustomerSummary.NOT_OBSERVED).count();
        assertBetween(0.01, 0.08, (double) figures.usageDisagreements() / comparable, "disagreement share");
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
        assertTrue(sum[5] / n[5] > sum[3] / n[3] + 1, "usage 5 likes more than usage 3");
        assertTrue(sum[4] / n[4] > sum[3] / n[3], "usage 4 likes more than usage 3");
        assertTrue(dislikingOnce >= 0.05 * n[3], "some one-time buyers dislike the product");
    }

    @Test
    void firstCategoryIsAFewPercentOfAllPeople() {
        assertBetween(0.02, 0.06, figures.firstCategoryShare(), "first-category share");
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
        assertBetween(30, 60, medians.get(medians.size() / 2), "median repeat interval");
        long trialFirst = summaries.values().stream()
                .filter(s -> s.mainOccasions() >= 1 && s.trialOccasions() >= 1).count();
        assertBetween(0.05, 0.30, (double) trialFirst / figures.buyers(), "trial then main share");
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
        assertBetween(0.02, 0.10, (double) seasonal / figures.buyers(), "seasonal share");
        Map<String, int[]> items = new TreeMap<>();
        for (OrderLine l : lines) {
            if (l.kind() == OrderLine.Kind.ORDER) {
                items.computeIfAbsent(l.customerId(), k -> new int[1])[0] += l.quantity();
            }
        }
        long bulk = items.entrySet().stream().filter(e -> summaries.get(e.getKey()).orders() <= 3
                && e.getValue()[0] >= 5.0 * summaries.get(e.getKey()).orders()).count();
        assertBetween(0.02, 0.08, (double) bulk / figures.buyers(), "bulk share");
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
        assertTrue(lastYear > 1.3 * firstYear, firstYear + " then " + lastYear);
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
