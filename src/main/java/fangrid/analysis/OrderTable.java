package fangrid.analysis;

import fangrid.domain.ProductRole;
import fangrid.domain.TransactionKind;
import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;

/**
 * The project's orders (per customer and order id, or per customer and day without order ids) in the analysis
 * window, summed from the stored order lines in one pass, as primitive columns. Everything is summed per order,
 * never per line and customer: a customer's columns are scattered over memory, an order's lines are adjacent.
 */
final class OrderTable {
    static final byte PURCHASE = 1;
    static final byte RETURN = 2;
    static final byte MAIN = 4;
    static final byte TRIAL = 8;
    static final int NONE = Integer.MIN_VALUE;

    private final OrderIndex index;
    int size;
    int[] customer;
    /** The order's date: its earliest purchase line's day (NONE without purchase lines). */
    int[] day;
    /** Its latest purchase line's day (NONE without purchase lines). */
    int[] lastDay;
    double[] net;
    double[] returned;
    double[] items;
    byte[] flags;
    /** R's rfm package view of the order's lines: how many, and the latest one's day (any kind). */
    int[] lineCount;
    int[] lastLineDay;

    private OrderTable(int expectedOrders) {
        int capacity = Math.max(1 << 12, expectedOrders);
        index = new OrderIndex(capacity);
        resize(capacity);
    }

    private void resize(int capacity) {
        customer = customer == null ? new int[capacity] : Arrays.copyOf(customer, capacity);
        day = day == null ? new int[capacity] : Arrays.copyOf(day, capacity);
        lastDay = lastDay == null ? new int[capacity] : Arrays.copyOf(lastDay, capacity);
        net = net == null ? new double[capacity] : Arrays.copyOf(net, capacity);
        returned = returned == null ? new double[capacity] : Arrays.copyOf(returned, capacity);
        items = items == null ? new double[capacity] : Arrays.copyOf(items, capacity);
        flags = flags == null ? new byte[capacity] : Arrays.copyOf(flags, capacity);
        lineCount = lineCount == null ? new int[capacity] : Arrays.copyOf(lineCount, capacity);
        lastLineDay = lastLineDay == null ? new int[capacity] : Arrays.copyOf(lastLineDay, capacity);
    }

    /**
     * Reads the order lines dated in [{@code fromDay}, {@code toDay}).
     *
     * @param roles product code → role from the catalog; products it lacks count as the main product
     */
    static OrderTable read(OrderLineStore store, int fromDay, int toDay, Map<String, ProductRole> roles) throws SQLException {
        // shops' order lines average about three per order; a table sized for it rarely grows
        OrderTable t = new OrderTable((int) Math.min(store.lineCount() / 3 + 1, 1 << 30));
        EnumSet<OrderLineStore.Column> columns = EnumSet.of(OrderLineStore.Column.CUSTOMER_KEY, OrderLineStore.Column.DAY,
                OrderLineStore.Column.KIND, OrderLineStore.Column.AMOUNT, OrderLineStore.Column.QUANTITY,
                OrderLineStore.Column.ORDER_HASH);
        if (!roles.isEmpty()) {
            // without a catalog every product is the main product: the codes need not be read at all
            columns.add(OrderLineStore.Column.PRODUCT_CODE);
        }
        store.scan(columns, chunk -> t.add(chunk, fromDay, toDay, roles));
        return t;
    }

    private void add(OrderLineChunk c, int fromDay, int toDay, Map<String, ProductRole> roles) {
        byte[] productFlag = productFlags(c, roles);
        long lastKey = 0;
        int o = -1;
        for (int i = 0; i < c.size(); i++) {
            int d = c.epochDay(i);
            int k = c.kind(i);
            if (d < fromDay || d >= toDay || k == TransactionKind.SHIPMENT.code()) {
                continue;
            }
            int cust = c.customerKey(i);
            double amount = c.amount(i);
            long hash = c.orderHash(i);
            long key = orderKey(cust, hash == OrderLineChunk.NO_ORDER ? d : hash, hash == OrderLineChunk.NO_ORDER);
            if (o < 0 || key != lastKey) {
                o = indexOf(key, cust);
                lastKey = key;
            }
            net[o] += amount;
            lineCount[o]++;
            lastLineDay[o] = Math.max(lastLineDay[o], d);
            boolean purchase = k == TransactionKind.ORDER.code();
            if (purchase) {
                day[o] = (flags[o] & PURCHASE) == 0 ? d : Math.min(day[o], d);
                lastDay[o] = Math.max(lastDay[o], d);
                double q = c.quantity(i);
                items[o] += Double.isNaN(q) ? 1 : q;
                int p = productFlag.length == 0 ? -1 : c.productCodes().ref(i);
                flags[o] |= PURCHASE | (p < 0 ? MAIN : productFlag[p]);
            } else {
                returned[o] -= amount;
                flags[o] |= RETURN;
            }
        }
    }

    /** MAIN, TRIAL or 0 for each distinct product code of the chunk. */
    private static byte[] productFlags(OrderLineChunk c, Map<String, ProductRole> roles) {
        if (roles.isEmpty()) {
            return new byte[0];
        }
        var codes = c.productCodes().distinctValues();
        byte[] f = new byte[codes.size()];
        for (int p = 0; p < f.length; p++) {
            ProductRole role = roles.getOrDefault(codes.get(p), ProductRole.MAIN);
            f[p] = role == ProductRole.MAIN ? MAIN : role == ProductRole.TRIAL ? TRIAL : 0;
        }
        return f;
    }

    private int indexOf(long key, int cust) {
        int o = index.numberOf(key, size);
        if (o < size) {
            return o;
        }
        if (size == customer.length) {
            resize(size * 2);
        }
        size++;
        customer[o] = cust;
        day[o] = NONE;
        lastDay[o] = NONE;
        lastLineDay[o] = NONE;
        return o;
    }

    /** One 64-bit key per customer and order (or day): mixes both so that orders of different customers differ. */
    private static long orderKey(int customerKey, long orderOrDay, boolean byDay) {
        long x = orderOrDay * 0x9E3779B97F4A7C15L + customerKey + (byDay ? 0x5bd1e995L : 0);
        x = (x ^ (x >>> 31)) * 0xbf58476d1ce4e5b9L;
        return x ^ (x >>> 29) ^ ((long) customerKey << 32);
    }

    /**
     * Whether order {@code o} is a purchase occasion: it has purchase lines and is not cancelled by its own returns
     * (net ≤ 0 after them); a free order without returns counts.
     */
    boolean isOccasion(int o) {
        byte f = flags[o];
        return (f & PURCHASE) != 0 && (net[o] > 0 || (f & RETURN) == 0);
    }
}
