package fangrid.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Summarises the rows of {@code orders.csv} per customer. */
public final class PurchaseSummaries {

    private PurchaseSummaries() {
    }

    /**
     * Summarises every customer that has at least one row.
     *
     * @param lines the rows of {@code orders.csv}
     * @param roles the product role of each product code
     * @return the summaries by member number, in member-number order
     */
    public static Map<String, CustomerSummary> of(List<OrderLine> lines, Map<String, Product.Role> roles) {
        Map<String, Map<String, List<OrderLine>>> byCustomer = new TreeMap<>();
        for (OrderLine line : lines) {
            byCustomer.computeIfAbsent(line.customerId(), k -> new TreeMap<>())
                    .computeIfAbsent(line.orderId(), k -> new ArrayList<>()).add(line);
        }
        Map<String, CustomerSummary> result = new TreeMap<>();
        byCustomer.forEach((id, orders) -> result.put(id, summarise(id, orders, roles)));
        return result;
    }

    private static CustomerSummary summarise(String id, Map<String, List<OrderLine>> orders,
                                             Map<String, Product.Role> roles) {
        int orderCount = 0;
        int occasions = 0;
        int main = 0;
        int trial = 0;
        int cancelled = 0;
        LocalDate first = null;
        LocalDate last = null;
        long net = 0;
        for (List<OrderLine> rows : orders.values()) {
            long orderNet = 0;
            LocalDate day = null;
            boolean hasMain = false;
            boolean hasTrial = false;
            for (OrderLine row : rows) {
                orderNet += row.subtotal();
                if (row.kind() == OrderLine.Kind.ORDER) {
                    day = row.dateTime().toLocalDate();
                    hasMain |= roles.get(row.productCode()) == Product.Role.MAIN;
                    hasTrial |= roles.get(row.productCode()) == Product.Role.TRIAL;
                }
            }
            net += orderNet;
            if (day == null) {
                continue;
            }
            orderCount++;
            if (orderNet <= 0) {
                cancelled++;
                continue;
            }
            occasions++;
            main += hasMain ? 1 : 0;
            trial += hasTrial ? 1 : 0;
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return new CustomerSummary(id, orderCount, occasions, main, trial, cancelled, first, last, net);
    }
}
