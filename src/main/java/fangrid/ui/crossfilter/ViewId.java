package fangrid.ui.crossfilter;

/** The four linked views; each shows the customers of its own filter. */
public enum ViewId {
    GRID, MATRIX, DETAIL, CHARTS
}
