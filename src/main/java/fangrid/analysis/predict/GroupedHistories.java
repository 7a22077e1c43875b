package fangrid.analysis.predict;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The sufficient statistics of the purchase models: customers with the same (x, t_x, T) have the same likelihood,
 * so a fit sums over the distinct triples weighted by their counts, exactly. The distinct times and the distinct
 * (x, time) pairs are indexed too, so that a likelihood computes each logarithm or series once per value, not once
 * per group.
 */
final class GroupedHistories {
    final int groups;
    final int[] x;
    final double[] count;
    /** The distinct times (t_x and T together), and each group's index of its t_x and T among them. */
    final double[] times;
    final int[] txTime;
    final int[] ageTime;
    /** The distinct (x, time) pairs as x and time index, and each group's pair for its t_x and its T. */
    final int[] pairX;
    final int[] pairTime;
    final int[] txPair;
    final int[] agePair;
    /** Each customer's group by index; −1 for those not included. */
    final int[] groupOf;
    /** The distinct x values, and each group's index among them. */
    final int[] xs;
    final int[] xIndex;

    private GroupedHistories(int[] x, double[] count, double[] times, int[] txTime, int[] ageTime, int[] groupOf) {
        this.groups = x.length;
        this.groupOf = groupOf;
        this.x = x;
        this.count = count;
        this.times = times;
        this.txTime = txTime;
        this.ageTime = ageTime;
        this.xs = sortedDistinct(x);
        this.xIndex = new int[groups];
        for (int g = 0; g < groups; g++) {
            xIndex[g] = Arrays.binarySearch(xs, x[g]);
        }
        long[] pairs = new long[2 * groups];
        for (int g = 0; g < groups; g++) {
            pairs[2 * g] = pair(x[g], txTime[g]);
            pairs[2 * g + 1] = pair(x[g], ageTime[g]);
        }
        long[] distinct = pairs.clone();
        Arrays.sort(distinct);
        distinct = distinct(distinct);
        pairX = new int[distinct.length];
        pairTime = new int[distinct.length];
        for (int k = 0; k < distinct.length; k++) {
            pairX[k] = (int) (distinct[k] >>> 32);
            pairTime[k] = (int) distinct[k];
        }
        txPair = new int[groups];
        agePair = new int[groups];
        for (int g = 0; g < groups; g++) {
            txPair[g] = Arrays.binarySearch(distinct, pairs[2 * g]);
            agePair[g] = Arrays.binarySearch(distinct, pairs[2 * g + 1]);
        }
    }

    private static long pair(int x, int time) {
        return (long) x << 32 | time;
    }

    /** Groups the included customers of {@code h}. */
    static GroupedHistories of(PurchaseHistories h) {
        int n = 0;
        for (int i = 0; i < h.size(); i++) {
            n += h.included[i] ? 1 : 0;
        }
        double[] all = new double[2 * n];
        int k = 0;
        for (int i = 0; i < h.size(); i++) {
            if (h.included[i]) {
                all[k++] = h.tx[i];
                all[k++] = h.age[i];
            }
        }
        Arrays.sort(all);
        double[] times = distinct(all);
        if (times.length >= 1 << 21) {
            throw new IllegalArgumentException("more than 2^21 distinct times: round them to a unit first");
        }
        long[] customerKeys = new long[h.size()];
        long[] keys = new long[n];
        k = 0;
        for (int i = 0; i < h.size(); i++) {
            if (h.included[i]) {
                if (h.x[i] >= 1 << 21) {
                    throw new IllegalArgumentException("a customer with 2^21 repeat purchases or more");
                }
                customerKeys[i] = (long) h.x[i] << 42 | (long) Arrays.binarySearch(times, h.tx[i]) << 21
                        | Arrays.binarySearch(times, h.age[i]);
                keys[k++] = customerKeys[i];
            }
        }
        Arrays.sort(keys);
        int groups = 0;
        for (int j = 0; j < n; j++) {
            groups += j == 0 || keys[j] != keys[j - 1] ? 1 : 0;
        }
        int[] x = new int[groups];
        double[] count = new double[groups];
        int[] txTime = new int[groups];
        int[] ageTime = new int[groups];
        int g = -1;
        for (int j = 0; j < n; j++) {
            if (j == 0 || keys[j] != keys[j - 1]) {
                g++;
                x[g] = (int) (keys[j] >>> 42);
                txTime[g] = (int) (keys[j] >>> 21 & ((1 << 21) - 1));
                ageTime[g] = (int) (keys[j] & ((1 << 21) - 1));
            }
            count[g]++;
        }
        long[] groupKeys = distinct(keys);
        int[] groupOf = new int[h.size()];
        for (int i = 0; i < groupOf.length; i++) {
            groupOf[i] = h.included[i] ? Arrays.binarySearch(groupKeys, customerKeys[i]) : -1;
        }
        return new GroupedHistories(x, count, times, txTime, ageTime, groupOf);
    }

    /** The distinct values of {@code values} in ascending order (a stream's distinct() boxes each of millions). */
    static int[] sortedDistinct(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    private static double[] distinct(double[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /**
     * The sum of {@code term} over the groups, the two halves at once (each likelihood evaluation passes over
     * hundreds of thousands of groups at 2 M customers); the same halves every time, so the same sum.
     */
    double sum(IntToDoubleFunction term) {
        int mid = groups / 2;
        return IntStream.of(0, 1).parallel().mapToDouble(half -> {
            double s = 0;
            for (int g = half == 0 ? 0 : mid, end = half == 0 ? mid : groups; g < end; g++) {
                s += term.applyAsDouble(g);
            }
            return s;
        }).reduce(0, Double::sum);
    }

    double tx(int g) {
        return times[txTime[g]];
    }

    double age(int g) {
        return times[ageTime[g]];
    }

    /** The number of customers. */
    double customers() {
        double n = 0;
        for (double c : count) {
            n += c;
        }
        return n;
    }
}
