package fangrid.analysis.rfm;

import java.util.SplittableRandom;

/**
 * Scoring and segmentation benchmark (not a test): times R-style RFM scoring, segment assignment and the
 * segment summary over generated columns and prints the best of several rounds.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fangrid.analysis.rfm.RfmBenchmark \
 *     -Dexec.args="2000000"
 * </pre>
 */
public final class RfmBenchmark {
    private RfmBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        SplittableRandom random = new SplittableRandom(42);
        int[] recency = new int[n];
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        boolean[] include = new boolean[n];
        for (int i = 0; i < n; i++) {
            recency[i] = random.nextInt(1, 1100);
            frequency[i] = 1 + (int) (-Math.log(1 - random.nextDouble()) * 3); // mostly 1–5: many ties
            monetary[i] = Math.round(random.nextDouble(-50, 5000) * 100) / 100.0;
            include[i] = random.nextInt(20) != 0;
        }
        RfmScorer scorer = RfmScorer.quintiles();
        long bestScore = Long.MAX_VALUE;
        long bestSegments = Long.MAX_VALUE;
        RfmSegmentSummary summary = null;
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            RfmScores scores = scorer.score(recency, frequency, monetary, include);
            long t1 = System.nanoTime();
            byte[] segments = RfmSegmentRules.README.assign(scores);
            summary = RfmSegmentSummary.of(RfmSegmentRules.README, segments, frequency, monetary);
            long t2 = System.nanoTime();
            bestScore = Math.min(bestScore, t1 - t0);
            bestSegments = Math.min(bestSegments, t2 - t1);
        }
        System.out.printf("%,d customers: scoring %.0f ms, segments + summary %.0f ms (best of 7)%n",
                n, bestScore / 1e6, bestSegments / 1e6);
        summary.rows().forEach(row -> System.out.printf("  %-20s %,10d%n", row.segment(), row.customers()));
    }
}
