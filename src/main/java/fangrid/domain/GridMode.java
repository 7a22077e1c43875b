package fangrid.domain;

/** How the grid's recency bands are drawn. */
public enum GridMode {
    /** The thresholds the user set (DOMAIN.md defaults: ≤ 90 days, 91–180, > 180). */
    FIXED,
    /** Data-driven: the tertiles of the buyers' recency. */
    TERTILES
}
