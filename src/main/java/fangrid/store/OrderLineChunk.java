package fangrid.store;

/**
 * Up to {@link #CAPACITY} order lines of one import as primitive columns: how the project stores transactions
 * (one H2 row per chunk, see {@link OrderLineStore}). Columns not read back from the database are left empty.
 */
public final class OrderLineChunk {
    public static final int CAPACITY = 65_536;
    /** {@link #orderHash} of a line without an order id: its order is the customer's day. */
    public static final long NO_ORDER = 0;

    final int[] customerKey;
    final int[] day;
    final byte[] kind;
    final double[] amount;
    final double[] quantity;
    final double[] unitPrice;
    final long[] orderHash;
    final long[] lineHash;
    final StringColumn orderId;
    final StringColumn productCode;
    final StringColumn productName;
    final StringColumn category;
    final StringColumn channel;
    int size;
    /** False in a chunk {@link #forAnalysis}: {@link #add} skips the columns it leaves empty. */
    private final boolean keepsDetail;
    /** The order id of the line added last: an order's lines come together, so it is usually the next one's too. */
    private String lastOrderId;

    /** An empty chunk to fill with {@link #add}. */
    public OrderLineChunk() {
        this(new int[CAPACITY], new int[CAPACITY], new byte[CAPACITY], new double[CAPACITY], new double[CAPACITY],
                new double[CAPACITY], new long[CAPACITY], new long[CAPACITY], new StringColumn(CAPACITY),
                new StringColumn(CAPACITY), new StringColumn(CAPACITY), new StringColumn(CAPACITY), new StringColumn(CAPACITY), 0);
    }

    /**
     * An empty chunk keeping only the columns the per-customer columns read (customer, day, kind, amount, quantity,
     * order hash, product code and category): {@link #add} leaves unit prices, line hashes, order ids, product names
     * and channels out, which are for a customer's timeline and duplicate detection. For lines analysed as they are
     * ({@link MemoryOrderLines}), where they would double the memory and the work of a file of millions of lines.
     */
    static OrderLineChunk forAnalysis() {
        return new OrderLineChunk(new int[CAPACITY], new int[CAPACITY], new byte[CAPACITY], new double[CAPACITY],
                new double[CAPACITY], new double[0], new long[CAPACITY], new long[0], StringColumn.NONE_KEPT,
                new StringColumn(CAPACITY), StringColumn.NONE_KEPT, new StringColumn(CAPACITY), StringColumn.NONE_KEPT, 0,
                false);
    }

    OrderLineChunk(int[] customerKey, int[] day, byte[] kind, double[] amount, double[] quantity, double[] unitPrice,
                   long[] orderHash, long[] lineHash, StringColumn orderId, StringColumn productCode, StringColumn productName,
                   StringColumn category, StringColumn channel, int size) {
        this(customerKey, day, kind, amount, quantity, unitPrice, orderHash, lineHash, orderId, productCode, productName,
                category, channel, size, true);
    }

    private OrderLineChunk(int[] customerKey, int[] day, byte[] kind, double[] amount, double[] quantity,
                           double[] unitPrice, long[] orderHash, long[] lineHash, StringColumn orderId,
                           StringColumn productCode, StringColumn productName, StringColumn category,
                           StringColumn channel, int size, boolean keepsDetail) {
        this.keepsDetail = keepsDetail;
        this.customerKey = customerKey;
        this.day = day;
        this.kind = kind;
        this.amount = amount;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.orderHash = orderHash;
        this.lineHash = lineHash;
        this.orderId = orderId;
        this.productCode = productCode;
        this.productName = productName;
        this.category = category;
        this.channel = channel;
        this.size = size;
    }

    /**
     * Appends a line.
     *
     * @param epochDay  the line's date as {@link java.time.LocalDate#toEpochDay()}
     * @param quantity  NaN when the file has none; likewise {@code unitPrice}
     * @param orderId   null when the file has none
     * @param lineHash  the line's fingerprint (overlapping exports)
     */
    public void add(int customerKey, int epochDay, int kind, double amount, double quantity, double unitPrice,
                    String orderId, String productCode, String productName, String category, String channel, long lineHash) {
        int i = size++;
        this.customerKey[i] = customerKey;
        this.day[i] = epochDay;
        this.kind[i] = (byte) kind;
        this.amount[i] = amount;
        this.quantity[i] = quantity;
        this.orderHash[i] = i > 0 && orderId != null && orderId.equals(lastOrderId) ? this.orderHash[i - 1]
                : orderHash(orderId);
        lastOrderId = orderId;
        this.productCode.add(productCode);
        this.category.add(category);
        if (keepsDetail) {
            this.unitPrice[i] = unitPrice;
            this.lineHash[i] = lineHash;
            this.orderId.add(orderId);
            this.productName.add(productName);
            this.channel.add(channel);
        }
    }

    /** Empties the chunk for reuse. */
    public void clear() {
        size = 0;
        lastOrderId = null;
        for (StringColumn s : new StringColumn[] {orderId, productCode, productName, category, channel}) {
            s.clear();
        }
    }

    public int size() {
        return size;
    }

    public boolean isFull() {
        return size == CAPACITY;
    }

    public int customerKey(int i) {
        return customerKey[i];
    }

    public int epochDay(int i) {
        return day[i];
    }

    /** The {@link fangrid.domain.TransactionKind} code. */
    public int kind(int i) {
        return kind[i];
    }

    public double amount(int i) {
        return amount[i];
    }

    /** NaN when the file gave none. */
    public double quantity(int i) {
        return quantity[i];
    }

    /** NaN when the file gave none. */
    public double unitPrice(int i) {
        return unitPrice[i];
    }

    /** A 64-bit hash of the order id, {@link #NO_ORDER} without one: lines of one order share it. */
    public long orderHash(int i) {
        return orderHash[i];
    }

    public long lineHash(int i) {
        return lineHash[i];
    }

    public StringColumn orderIds() {
        return orderId;
    }

    public StringColumn productCodes() {
        return productCode;
    }

    public StringColumn productNames() {
        return productName;
    }

    public StringColumn categories() {
        return category;
    }

    public StringColumn channels() {
        return channel;
    }

    /** The hash stored for an order id: never {@link #NO_ORDER} for a real id. */
    public static long orderHash(String orderId) {
        if (orderId == null) {
            return NO_ORDER;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < orderId.length(); i++) {
            h = (h ^ orderId.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == NO_ORDER ? 1 : h;
    }
}
