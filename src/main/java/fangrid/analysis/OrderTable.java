package fangrid.analysis;

import fangrid.domain.ProductRole;
import fangrid.domain.TransactionKind;
import fangrid.store.OrderLineChunk;
import fangrid.store.OrderLineStore;
import fangrid.store.OrderLines;
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

    int size;
    /** Each order's key (customer and order id, or customer and day), while the lines are read. */
    private long[] key;
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
    /** Each order's category index when read {@link #readByCategory by category}, else null. */
    int[] category;

    /** The key of the latest line summed, and its order: the next line most likely belongs to it too. */
    private long lastKey;
    private int last = -1;

    private OrderTable(int expectedOrders) {
        resize(Math.max(1 << 12, expectedOrders));
    }

    private void resize(int capacity) {
        key = key == null ? new long[capacity] : Arrays.copyOf(key, capacity);
        customer = customer == null ? new int[capacity] : Arrays.copyOf(customer, capacity);
        day = day == null ? new int[capacity] : Arrays.copyOf(day, capacity);
        lastDay = lastDay == null ? new int[capacity] : Arrays.copyOf(lastDay, capacity);
        net = net == null ? new double[capacity] : Arrays.copyOf(net, capacity);
        returned = returned == null ? new double[capacity] : Arrays.copyOf(returned, capacity);
        items = items == null ? new double[capacity] : Arrays.copyOf(items, capacity);
        flags = flags == null ? new byte[capacity] : Arrays.copyOf(flags, capacity);
        lineCount = lineCount == null ? new int[capacity] : Arrays.copyOf(lineCount, capacity);
        lastLineDay = lastLineDay == null ? new int[capacity] : Arrays.copyOf(lastLineDay, capacity);
        if (category != null) {
            category = Arrays.copyOf(category, capacity);
        }
    }

    /**
     * Reads the order lines dated in [{@code fromDay}, {@code toDay}).
     *
     * @param roles      product code → role from the catalog; products it lacks count as the main product
     * @param chunks     notes which chunks hold each customer's lines (any date or kind), for one customer's timeline
     * @param knownSince notes the day of each customer's lines before {@code toDay} that no purchase order dates
     *                   (returns, shipments, lines before {@code fromDay}, lines of other categories); see
     *                   {@link KnownSince}
     * @param lines      which lines count (one product category, or all)
     */
    static OrderTable read(OrderLines store, int fromDay, int toDay, Map<String, ProductRole> roles,
                           CustomerChunks chunks, int[] knownSince, CategoryFilter lines) throws SQLException {
        // shops' order lines average about three per order; a table sized for it rarely grows
        OrderTable t = new OrderTable((int) Math.min(store.lineCount() / 3 + 1, 1 << 30));
        EnumSet<OrderLineStore.Column> columns = EnumSet.of(OrderLineStore.Column.CUSTOMER_KEY, OrderLineStore.Column.DAY,
                OrderLineStore.Column.KIND, OrderLineStore.Column.AMOUNT, OrderLineStore.Column.QUANTITY,
                OrderLineStore.Column.ORDER_HASH);
        if (!roles.isEmpty()) {
            // without a catalog every product is the main product: the codes need not be read at all
            columns.add(OrderLineStore.Column.PRODUCT_CODE);
        }
        columns.addAll(lines.columns());
        store.scan(columns, chunk -> {
            t.add(chunk, fromDay, toDay, roles, knownSince, lines.keep(chunk), null);
            chunks.add(chunk);
        });
        t.mergeRepeatedOrders();
        return t;
    }

    /**
     * Reads the order lines dated in [{@code fromDay}, {@code toDay}) as {@link #read} does, but keeps every line,
     * each in orders of its own category: an order whose lines span two categories becomes one order in each, so that
     * each category's orders are those {@link #read} gives for that category alone.
     *
     * @param categories gives each line its category index, and is asked once per chunk
     * @param afterChunk called after each chunk with the lines read so far, for progress; may throw to stop
     */
    static OrderTable readByCategory(OrderLineStore store, int fromDay, int toDay, Map<String, ProductRole> roles,
                                     CustomerChunks chunks, int[] knownSince, CategoryIndex categories,
                                     java.util.function.LongConsumer afterChunk) throws SQLException {
        // an order's lines mostly span several categories: nearly every line starts an order of its own category
        OrderTable t = new OrderTable((int) Math.min(store.lineCount() + 1, 1 << 30));
        t.category = new int[t.customer.length];
        EnumSet<OrderLineStore.Column> columns = EnumSet.of(OrderLineStore.Column.CUSTOMER_KEY, OrderLineStore.Column.DAY,
                OrderLineStore.Column.KIND, OrderLineStore.Column.AMOUNT, OrderLineStore.Column.QUANTITY,
                OrderLineStore.Column.ORDER_HASH, OrderLineStore.Column.CATEGORY, OrderLineStore.Column.PRODUCT_CODE);
        long[] read = new long[1];
        store.scan(columns, chunk -> {
            t.add(chunk, fromDay, toDay, roles, knownSince, null, categories.of(chunk));
            chunks.add(chunk);
            read[0] += chunk.size();
            afterChunk.accept(read[0]);
        });
        t.mergeRepeatedOrders();
        return t;
    }

    /**
     * @param keep         whether each line is of the analysed category, null when all are
     * @param lineCategory each line's category index when orders are kept apart by category, else null
     */
    private void add(OrderLineChunk c, int fromDay, int toDay, Map<String, ProductRole> roles, int[] knownSince,
                     boolean[] keep, int[] lineCategory) {
        byte[] productFlag = productFlags(c, roles);
        for (int i = 0; i < c.size(); i++) {
            int d = c.epochDay(i);
            int k = c.kind(i);
            if (d < fromDay || d >= toDay || k == TransactionKind.SHIPMENT.code() || keep != null && !keep[i]) {
                if (d < toDay) {
                    // lines the orders leave out (before the window, shipments, other categories) still date their
                    // customer: the base is the shop's, whichever category is shown
                    KnownSince.note(knownSince, c.customerKey(i), d);
                }
                continue;
            }
            int cust = c.customerKey(i);
            double amount = c.amount(i);
            long hash = c.orderHash(i);
            long orderKey = orderKey(cust, hash == OrderLineChunk.NO_ORDER ? d : hash, hash == OrderLineChunk.NO_ORDER);
            if (lineCategory != null) {
                orderKey = orderKey * 31 + lineCategory[i] * 0xC2B2AE3D27D4EB4FL;
            }
            if (last < 0 || orderKey != lastKey) {
                last = newOrder(orderKey, cust);
                lastKey = orderKey;
                if (lineCategory != null) {
                    category[last] = lineCategory[i];
                }
            }
            int o = last;
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
                KnownSince.note(knownSince, cust, d);
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

    /**
     * Starts an order for a run of lines. An order whose lines are not all adjacent gets several, merged after
     * the scan by {@link #mergeRepeatedOrders}: cheaper than looking every order up as it comes.
     */
    private int newOrder(long k, int cust) {
        if (size == customer.length) {
            resize(size * 2);
        }
        int o = size++;
        key[o] = k;
        customer[o] = cust;
        day[o] = NONE;
        lastDay[o] = NONE;
        lastLineDay[o] = NONE;
        return o;
    }

    /**
     * Adds every later run of an order's lines into its first, then drops the later ones and arranges the orders by
     * {@link CustomerRanges}.
     */
    private void mergeRepeatedOrders() {
        int[] pairs = RepeatedKeys.find(key, size);
        key = null;
        boolean[] merged = new boolean[size];
        for (int p = 0; p < pairs.length; p += 2) {
            merge(pairs[p], pairs[p + 1]);
            merged[pairs[p]] = true;
        }
        int[] place = CustomerRanges.places(customer, size, merged);
        size -= pairs.length / 2;
        customer = CustomerRanges.move(customer, place, size);
        day = CustomerRanges.move(day, place, size);
        lastDay = CustomerRanges.move(lastDay, place, size);
        net = CustomerRanges.move(net, place, size);
        returned = CustomerRanges.move(returned, place, size);
        items = CustomerRanges.move(items, place, size);
        flags = CustomerRanges.move(flags, place, size);
        lineCount = CustomerRanges.move(lineCount, place, size);
        lastLineDay = CustomerRanges.move(lastLineDay, place, size);
        if (category != null) {
            category = CustomerRanges.move(category, place, size);
        }
    }

    private void merge(int from, int into) {
        if ((flags[from] & PURCHASE) != 0) {
            day[into] = (flags[into] & PURCHASE) == 0 ? day[from] : Math.min(day[into], day[from]);
        }
        lastDay[into] = Math.max(lastDay[into], lastDay[from]);
        net[into] += net[from];
        returned[into] += returned[from];
        items[into] += items[from];
        flags[into] |= flags[from];
        lineCount[into] += lineCount[from];
        lastLineDay[into] = Math.max(lastLineDay[into], lastLineDay[from]);
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
