-- V10: customer summaries (import kind customer-summary): the per-customer aggregation of a shop's order lines,
-- computed in another engine by src/main/resources/sql/customer-summary.*.sql, in place of the order lines. One row
-- per person; days are epoch days (NULL: none), as the column build reads them. A project holds either order lines
-- or one summary, never both (fangrid.importer.SummaryRules).
CREATE TABLE customer_summary (
    customer_key        INT    NOT NULL PRIMARY KEY,
    import_id           BIGINT NOT NULL,
    as_of_day           INT    NOT NULL,
    known_since_day     INT    NOT NULL,
    occasions           INT    NOT NULL,
    first_purchase_day  INT,
    last_purchase_day   INT,
    net_sales           DOUBLE PRECISION NOT NULL,
    items               DOUBLE PRECISION NOT NULL,
    return_orders       INT    NOT NULL,
    return_amount       DOUBLE PRECISION NOT NULL,
    median_interval     DOUBLE PRECISION,
    interval_cv         DOUBLE PRECISION,
    seasonal            BOOLEAN NOT NULL,
    line_count          INT    NOT NULL,
    last_line_day       INT,
    main_occasions      INT    NOT NULL,
    trial               BOOLEAN NOT NULL,
    third_main_day      INT,
    purchase_days       INT    NOT NULL,
    first_occasion_day  INT,
    last_occasion_day   INT,
    repeat_net          DOUBLE PRECISION NOT NULL
);
CREATE INDEX customer_summary_import ON customer_summary(import_id);
