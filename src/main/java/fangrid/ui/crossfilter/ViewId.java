package fangrid.ui.crossfilter;

/** The linked views; each shows the customers of its own filter. */
public enum ViewId {
    GRID, MATRIX, DETAIL, CHARTS, CPM
}
