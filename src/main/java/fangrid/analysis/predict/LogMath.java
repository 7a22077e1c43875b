package fangrid.analysis.predict;

/** Sums of numbers held as their logarithms, without overflow. */
final class LogMath {
    private LogMath() {
    }

    /** log(e^u + e^v). */
    static double addExp(double u, double v) {
        double max = Math.max(u, v);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log1p(Math.exp(Math.min(u, v) - max));
    }

    /** log(e^u − e^v) for u ≥ v. */
    static double subtractExp(double u, double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return u;
        }
        return u + Math.log(-Math.expm1(v - u));
    }
}
