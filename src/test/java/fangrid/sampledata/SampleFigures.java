package fangrid.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headline figures of a generated sample, computed from the files themselves (not from the
 * generator's memory), with the rules of DOMAIN.md.
 *
 * @param people                 members in customers.csv
 * @param buyers                 members with at least one order line
 * @param prospects              members without any order line
 * @param buyersWithoutOccasion  buyers whose every order was cancelled by returns
 * @param oneTimeBuyers          buyers with exactly one purchase occasion
 * @param orders                 distinct order numbers with order lines
 * @param orderLines             rows with 区分 受注
 * @param returnLines            rows with 区分 返品
 * @param ordersWithReturns      orders that have at least one return line
 * @param cancelledOrders        orders cancelled entirely (net ≤ 0)
 * @param netSales               order lines minus return lines, in yen
 * @param analysisDate           the day after the latest row
 * @param recency                buyers with occasions by last purchase ≤ 90 / 91–180 / > 180 days before the analysis date
 * @param frequency              buyers by purchase occasions 1 / 2 / 3+
 * @param observedUsage          buyers by observed usage level 2, 3, 4, 5 (index 0–3)
 * @param respondents            survey rows
 * @param nonBuyerRespondents    survey rows of members without any order line
 * @param usageDisagreements     respondents whose usage answer differs from the observed level
 * @param firstCategory          members with observed usage 5 and favorability 6 or 7
 */
public record SampleFigures(int people, int buyers, int prospects, int buyersWithoutOccasion, int oneTimeBuyers,
                            int orders, int orderLines, int returnLines, int ordersWithReturns, int cancelledOrders,
                            long netSales, LocalDate analysisDate, int[] recency, int[] frequency,
                            int[] observedUsage, int respondents, int nonBuyerRespondents, int usageDisagreements,
                            int firstCategory) {

    /**
     * Reads the four files of a sample folder and computes the figures.
     *
     * @param folder the folder holding orders.csv, customers.csv, products.csv and survey.xlsx
     * @return the figures
     * @throws IOException if a file cannot be read or decoded
     */
    public static SampleFigures of(Path folder) throws IOException {
        List<OrderLine> lines = SampleDataReader.readOrders(folder.resolve("orders.csv"));
        List<Person> people = SampleDataReader.readCustomers(folder.resolve("customers.csv"));
        Map<String, Product.Role> roles = SampleDataReader.readProductRoles(folder.resolve("products.csv"));
        List<SurveyAnswer> survey = SampleDataReader.readSurvey(folder.resolve("survey.xlsx"));
        Map<String, CustomerSummary> summaries = PurchaseSummaries.of(lines, roles);

        Set<String> orderIds = new HashSet<>();
        Set<String> returnedIds = new HashSet<>();
        int orderLines = 0;
        long net = 0;
        LocalDate latest = LocalDate.MIN;
        for (OrderLine l : lines) {
            net += l.subtotal();
            latest = l.dateTime().toLocalDate().isAfter(latest) ? l.dateTime().toLocalDate() : latest;
            if (l.kind() == OrderLine.Kind.ORDER) {
                orderLines++;
                orderIds.add(l.orderId());
            } else {
                returnedIds.add(l.orderId());
            }
        }
        LocalDate analysis = latest.plusDays(1);
        int noOccasion = 0;
        int cancelled = 0;
        int[] recency = new int[3];
        int[] frequency = new int[3];
        int[] usage = new int[4];
        for (CustomerSummary s : summaries.values()) {
            cancelled += s.cancelled();
            if (s.occasions() == 0) {
                noOccasion++;
                continue;
            }
            long days = ChronoUnit.DAYS.between(s.lastPurchase(), analysis);
            recency[days <= 90 ? 0 : days <= 180 ? 1 : 2]++;
            frequency[Math.min(s.occasions(), 3) - 1]++;
            if (s.observedUsage() != CustomerSummary.NOT_OBSERVED) {
                usage[s.observedUsage() - 2]++;
            }
        }
        int nonBuyers = 0;
        int disagreements = 0;
        int first = 0;
        for (SurveyAnswer a : survey) {
            CustomerSummary s = summaries.get(a.customerId());
            if (s == null) {
                nonBuyers++;
                continue;
            }
            int observed = s.observedUsage();
            if (observed != CustomerSummary.NOT_OBSERVED && observed != a.usage()) {
                disagreements++;
            }
            if (observed == 5 && a.favorability() != null && a.favorability() >= 6) {
                first++;
            }
        }
        return new SampleFigures(people.size(), summaries.size(), people.size() - summaries.size(), noOccasion,
                frequency[0], orderIds.size(), orderLines, lines.size() - orderLines, returnedIds.size(),
                cancelled, net, analysis, recency, frequency, usage, survey.size(), nonBuyers, disagreements, first);
    }

    /** @return one-time buyers / buyers */
    public double oneTimeShare() {
        return (double) oneTimeBuyers / buyers;
    }

    /** @return orders with a return / orders */
    public double returnShare() {
        return (double) ordersWithReturns / orders;
    }

    /** @return respondents / people */
    public double responseShare() {
        return (double) respondents / people;
    }

    /** @return first-category members / people */
    public double firstCategoryShare() {
        return (double) firstCategory / people;
    }

    /** @return first-category members / respondents */
    public double firstCategoryShareOfRespondents() {
        return (double) firstCategory / respondents;
    }

    /** @return the figures as a Markdown table, one figure per line */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder("| figure | value |\n|---|---|\n");
        row(b, "people in customers.csv", people);
        row(b, "buyers (at least one order line)", buyers);
        row(b, "registered prospects (no order)", prospects);
        row(b, "buyers whose only orders were all cancelled", buyersWithoutOccasion);
        row(b, "one-time buyers (exactly 1 purchase occasion)", oneTimeBuyers + " (" + pct(oneTimeShare()) + " of buyers)");
        row(b, "orders", orders);
        row(b, "order lines (区分 受注)", orderLines);
        row(b, "return lines (区分 返品)", returnLines);
        row(b, "orders with a return", ordersWithReturns + " (" + pct(returnShare()) + " of orders)");
        row(b, "of which cancelled entirely", cancelledOrders);
        row(b, "net sales", String.format(Locale.ROOT, "%,d 円", netSales));
        row(b, "analysis date (day after the latest row)", CsvFiles.DATE.format(analysisDate));
        row(b, "recency R1 ≤ 90 / R2 91–180 / R3 > 180 days", recency[0] + " / " + recency[1] + " / " + recency[2]);
        row(b, "frequency F1 = 1 / F2 = 2 / F3 ≥ 3 occasions", frequency[0] + " / " + frequency[1] + " / " + frequency[2]);
        row(b, "observed usage 2 / 3 / 4 / 5", observedUsage[0] + " / " + observedUsage[1] + " / "
                + observedUsage[2] + " / " + observedUsage[3]);
        row(b, "survey respondents", respondents + " (" + pct(responseShare()) + " of people)");
        row(b, "respondents who never bought", nonBuyerRespondents);
        row(b, "usage answers that disagree with the orders", usageDisagreements);
        row(b, "first category (usage 5 × favorability 6–7)", firstCategory + " (" + pct(firstCategoryShare())
                + " of people, " + pct(firstCategoryShareOfRespondents()) + " of respondents)");
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Object value) {
        b.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
