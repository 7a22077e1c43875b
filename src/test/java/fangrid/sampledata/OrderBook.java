package fangrid.sampledata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Turns planned orders into the rows of {@code orders.csv}: numbers the orders per day
 * ({@code yyyyMMdd} + a 4-digit sequence), prices the lines, and adds return lines
 * (about 3 % of orders, half of them cancelling the whole order, half returning one line).
 */
final class OrderBook {

    /** Share of orders that get a return. */
    static final double RETURN_SHARE = 0.03;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final Random rnd;

    /** @param rnd the random source for the choice of returns and their timing */
    OrderBook(Random rnd) {
        this.rnd = rnd;
    }

    /**
     * Builds all rows.
     *
     * @param drafts    the planned orders of all buyers
     * @param memberIds the member number of each buyer index
     * @return the rows sorted by timestamp, then order number, order lines before return lines
     */
    List<OrderLine> build(List<DraftOrder> drafts, List<String> memberIds) {
        List<DraftOrder> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing(DraftOrder::dateTime)
                .thenComparing(d -> memberIds.get(d.buyer())));
        List<Numbered> numbered = new ArrayList<>();
        LocalDate day = null;
        int seq = 0;
        for (DraftOrder d : sorted) {
            LocalDate orderDay = d.dateTime().toLocalDate();
            seq = orderDay.equals(day) ? seq + 1 : 1;
            day = orderDay;
            String id = DAY.format(orderDay) + String.format(Locale.ROOT, "%04d", seq);
            numbered.add(new Numbered(id, memberIds.get(d.buyer()), d));
        }
        List<OrderLine> rows = new ArrayList<>();
        for (Numbered n : numbered) {
            LocalDate orderDay = n.draft.dateTime().toLocalDate();
            for (DraftOrder.Item item : n.draft.items()) {
                rows.add(OrderLine.of(n.id, n.draft.dateTime(), n.customerId, item.product(), item.quantity(),
                        item.product().priceOn(orderDay), OrderLine.Kind.ORDER));
            }
        }
        addReturns(numbered, rows);
        rows.sort(Comparator.comparing(OrderLine::dateTime)
                .thenComparing(OrderLine::orderId)
                .thenComparing(OrderLine::kind));
        return rows;
    }

    private void addReturns(List<Numbered> orders, List<OrderLine> rows) {
        List<Numbered> eligible = new ArrayList<>();
        for (Numbered n : orders) {
            if (!n.draft.dateTime().toLocalDate().plusDays(21).isAfter(ShopCalendar.END)) {
                eligible.add(n);
            }
        }
        int total = (int) Math.round(orders.size() * RETURN_SHARE);
        int partial = total / 2;
        Set<String> chosen = new HashSet<>();
        List<Numbered> multiLine = new ArrayList<>(eligible.stream().filter(n -> n.draft.items().size() >= 2).toList());
        Collections.shuffle(multiLine, rnd);
        for (Numbered n : multiLine.subList(0, Math.min(partial, multiLine.size()))) {
            chosen.add(n.id);
            rows.addAll(returnLines(n, true));
        }
        Collections.shuffle(eligible, rnd);
        for (Numbered n : eligible) {
            if (chosen.size() < total && chosen.add(n.id)) {
                rows.addAll(returnLines(n, false));
            }
        }
    }

    private List<OrderLine> returnLines(Numbered n, boolean partial) {
        LocalDateTime orderTime = n.draft.dateTime();
        LocalDate orderDay = orderTime.toLocalDate();
        LocalDateTime when = ShopCalendar.at(rnd, orderDay.plusDays(Weighted.between(rnd, 3, 21)));
        List<DraftOrder.Item> returned = new ArrayList<>();
        if (partial) {
            List<DraftOrder.Item> others = n.draft.items().stream()
                    .filter(i -> i.product().role() == Product.Role.OTHER).toList();
            returned.add(Weighted.uniform(rnd, others));
        } else {
            returned.addAll(n.draft.items());
        }
        List<OrderLine> lines = new ArrayList<>();
        for (DraftOrder.Item item : returned) {
            lines.add(OrderLine.of(n.id, when, n.customerId, item.product(), -item.quantity(),
                    item.product().priceOn(orderDay), OrderLine.Kind.RETURN));
        }
        return lines;
    }

    private record Numbered(String id, String customerId, DraftOrder draft) {
    }
}
