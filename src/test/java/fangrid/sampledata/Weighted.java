package fangrid.sampledata;

import java.util.List;
import java.util.Random;

/** Small helpers for weighted random choices; every choice depends only on the given {@link Random}. */
final class Weighted {

    private Weighted() {
    }

    /**
     * Picks an index with probability proportional to its weight.
     *
     * @param rnd     the random source
     * @param weights non-negative weights, at least one positive
     * @return the chosen index
     */
    static int index(Random rnd, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * Picks one element of a list uniformly.
     *
     * @param rnd   the random source
     * @param items a non-empty list
     * @param <T>   the element type
     * @return the chosen element
     */
    static <T> T uniform(Random rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    /**
     * Picks one element of an array uniformly.
     *
     * @param rnd   the random source
     * @param items a non-empty array
     * @return the chosen element
     */
    static String uniform(Random rnd, String... items) {
        return items[rnd.nextInt(items.length)];
    }

    /**
     * Returns {@code true} with the given probability.
     *
     * @param rnd the random source
     * @param p   a probability in [0, 1]
     * @return whether the event happens
     */
    static boolean chance(Random rnd, double p) {
        return rnd.nextDouble() < p;
    }

    /**
     * A uniform integer in a closed range.
     *
     * @param rnd the random source
     * @param min the smallest value
     * @param max the largest value (inclusive)
     * @return a value in [min, max]
     */
    static int between(Random rnd, int min, int max) {
        return min + rnd.nextInt(max - min + 1);
    }
}
