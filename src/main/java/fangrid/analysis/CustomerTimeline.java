package fangrid.analysis;

import fangrid.domain.TransactionKind;
import fangrid.store.CustomerOrderLines;
import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore.Column;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one customer's timeline: their order lines from the chunks the analysis's {@link CustomerChunks} points at
 * (every chunk when the project changed since), grouped into purchases and returns, and their survey answers.
 */
final class CustomerTimeline {
    private static final Set<Column> COLUMNS = EnumSet.of(Column.CUSTOMER_KEY, Column.DAY, Column.KIND, Column.AMOUNT,
            Column.QUANTITY, Column.ORDER_ID, Column.PRODUCT_CODE, Column.PRODUCT_NAME);

    private final Map<String, PurchaseBuilder> purchases = new LinkedHashMap<>();
    private final Map<String, TimelineEvent.Return> returns = new LinkedHashMap<>();

    /** A purchase being summed from its lines. */
    private static final class PurchaseBuilder {
        final String orderId;
        int day = Integer.MAX_VALUE;
        double amount;
        double items;
        final Set<String> products = new LinkedHashSet<>();

        PurchaseBuilder(String orderId) {
            this.orderId = orderId;
        }

        TimelineEvent.Purchase build() {
            return new TimelineEvent.Purchase(LocalDate.ofEpochDay(day), orderId, amount, items, List.copyOf(products));
        }
    }

    static List<TimelineEvent> read(Connection c, CustomerColumns cols, int customerIndex) throws SQLException {
        CustomerOrderLines lines = new CustomerOrderLines(c);
        long mask = lines.chunkCount() == cols.chunks.chunkCount() ? cols.chunks.mask(customerIndex) : -1L;
        CustomerTimeline t = new CustomerTimeline();
        lines.scan(customerIndex + 1, mask, COLUMNS, t::add);
        List<TimelineEvent> events = new ArrayList<>();
        t.purchases.values().forEach(p -> events.add(p.build()));
        events.addAll(t.returns.values());
        events.addAll(answers(c, customerIndex + 1));
        // stable: on one day, purchases before returns before answers
        events.sort(Comparator.comparing(TimelineEvent::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return events;
    }

    private void add(OrderLineChunk chunk, int row) {
        int kind = chunk.kind(row);
        if (kind == TransactionKind.SHIPMENT.code()) {
            return;
        }
        int day = chunk.epochDay(row);
        String orderId = chunk.orderIds().get(row);
        String order = orderId != null ? "o" + orderId : "d" + day;
        if (kind == TransactionKind.ORDER.code()) {
            PurchaseBuilder p = purchases.computeIfAbsent(order, k -> new PurchaseBuilder(orderId));
            p.day = Math.min(p.day, day);
            p.amount += chunk.amount(row);
            double q = chunk.quantity(row);
            p.items += Double.isNaN(q) ? 1 : q;
            String name = chunk.productNames().get(row);
            String product = name != null ? name : chunk.productCodes().get(row);
            if (product != null) {
                p.products.add(product);
            }
        } else {
            returns.merge(order + "@" + day, new TimelineEvent.Return(LocalDate.ofEpochDay(day), orderId, -chunk.amount(row)),
                    (a, b) -> new TimelineEvent.Return(a.date(), a.orderId(), a.amount() + b.amount()));
        }
    }

    private static List<TimelineEvent.Answer> answers(Connection c, int customerKey) throws SQLException {
        List<TimelineEvent.Answer> answers = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT answer_date, favorability, usage_level, expectation, evaluation,"
                + " comment FROM survey_answer WHERE customer_key = ? ORDER BY answer_id")) {
            p.setInt(1, customerKey);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    answers.add(new TimelineEvent.Answer(rs.getObject(1, LocalDate.class), scale(rs, 2), scale(rs, 3),
                            scale(rs, 4), scale(rs, 5), rs.getString(6)));
                }
            }
        }
        return answers;
    }

    private static int scale(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? CustomerColumns.NONE : v;
    }
}
