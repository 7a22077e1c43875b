-- FanGrid customer summary — PostgreSQL (12 or newer).
--
-- The per-customer aggregation FanGrid performs on imported order lines, for a history too large for a laptop:
-- run it in the engine the shop's data already lives in, export the result as CSV (gzip allowed) and import that
-- into FanGrid with `import --kind customer-summary`. The same query exists for PostgreSQL, BigQuery and Spark SQL
-- (customer-summary.{postgresql,bigquery,spark}.sql); all four produce the same columns.
--
-- INPUT: two relations you create first (tables or views).
--   fangrid_analysis_date(as_of DATE)  one row: the analysis date. Only lines dated before it count.
--   fangrid_order_lines                one row per order line:
--     customer_id   TEXT     the customer; lines without one (guest orders) are left out
--     order_id      TEXT     the order (invoice) id, NULL when the shop has none: the customer's day is the order
--     line_date     DATE     the line's date (no time of day)
--     amount        float8   the line's amount as the file writes it (quantity × unit price where it has none);
--                            returns are usually negative
--     quantity      float8   NULL when unknown (counts as one item)
--     kind          TEXT     'return' or 'shipment' where the file says so, else NULL (or 'order'): a line is then a
--                            return when its amount or quantity is negative or its order id starts with C
--     product_role  TEXT     'main', 'trial' or 'other' from the product catalog; NULL counts as 'main' (FanGrid
--                            without a catalog: every product is the main product)
--
-- OUTPUT: the view fangrid_customer_summary, one row per customer with a line before as_of (the column contract;
-- FanGrid reads exactly these header names, in any order). Dates are ISO (YYYY-MM-DD), numbers use a decimal
-- point, an empty cell is NULL. "Occasion" = a purchase occasion: an order with purchase lines that its own
-- returns do not cancel (net > 0 after them; a free order without returns counts).
--   customer_id          text     as in the input
--   as_of                date     the analysis date (the same on every row)
--   known_since          date     the first line of any kind (orders, returns, shipments)
--   occasions            integer  purchase occasions (FanGrid's frequency)
--   first_purchase_date  date     the first purchase line of any order with purchase lines; empty without occasions
--   last_purchase_date   date     the latest purchase line (recency counts from it); empty without occasions
--   net_sales            decimal  orders minus returns (FanGrid's monetary)
--   items                decimal  items bought on occasions (a line without a quantity counts one)
--   return_orders        integer  orders with return lines
--   return_amount        decimal  the amount returned (positive)
--   median_interval_days decimal  median days between consecutive occasions; empty below two occasions
--   interval_cv          decimal  population SD / mean of those intervals; empty below three occasions or a mean of 0
--   seasonal             integer  1 when >= 2 occasions in >= 2 calendar years, >= 80 % in one 3-month window; else 0
--   line_count           integer  order lines other than shipments (R's rfm package view)
--   last_line_date       date     the latest of those lines; empty without
--   main_occasions       integer  occasions with a main-product line
--   trial                integer  1 when an occasion had a trial-product line; else 0
--   third_main_date      date     the day of the third main-product occasion; empty with fewer
--   purchase_days        integer  distinct days with an occasion (the purchase models' frequency + 1)
--   first_occasion_date  date     the first of those days; empty without
--   last_occasion_date   date     the last of those days; empty without
--   repeat_net_sales     decimal  net of every order dated after the first occasion day, returns included
--
-- Differences from the DuckDB variant (customer-summary.duckdb.sql), the reference run in FanGrid's tests:
--   DOUBLE is DOUBLE PRECISION; the days between two occasions are date - date (an integer) instead of date_diff.
--   The output's doubles are written in the shortest form that reads back exactly (PostgreSQL 12 and newer;
--   extra_float_digits at its default of 1). Keep DateStyle's ISO default so that dates are written YYYY-MM-DD.
--
-- Run:
--   CREATE TABLE fangrid_analysis_date AS SELECT DATE '2011-12-10' AS as_of;
--   CREATE VIEW fangrid_order_lines AS SELECT ... FROM your_orders;
--   \i customer-summary.postgresql.sql
--   \copy (SELECT * FROM fangrid_customer_summary) TO 'customer-summary.csv' WITH (FORMAT csv, HEADER)
-- then gzip customer-summary.csv if it is large (FanGrid reads .csv.gz as it is).
CREATE OR REPLACE VIEW fangrid_customer_summary AS
WITH params AS (
    SELECT MIN(as_of) AS as_of FROM fangrid_analysis_date
),
trimmed AS (
    SELECT TRIM(l.customer_id) AS customer_id,
           NULLIF(TRIM(l.order_id), '') AS order_id,
           l.line_date,
           CAST(l.amount AS DOUBLE PRECISION) AS amount,
           CAST(l.quantity AS DOUBLE PRECISION) AS quantity,
           LOWER(TRIM(l.kind)) AS kind_said,
           COALESCE(LOWER(TRIM(l.product_role)), 'main') AS product_role
    FROM fangrid_order_lines l
    CROSS JOIN params p
    WHERE l.line_date < p.as_of AND TRIM(l.customer_id) <> ''
),
dated_lines AS (
    SELECT customer_id, order_id, line_date, amount, quantity, product_role,
           CASE WHEN kind_said IN ('return', 'shipment') THEN kind_said
                WHEN amount < 0 OR quantity < 0 OR order_id LIKE 'C%' THEN 'return'
                ELSE 'order' END AS kind
    FROM trimmed
),
known AS (
    SELECT customer_id, MIN(line_date) AS known_since
    FROM dated_lines
    GROUP BY customer_id
),
orders AS (
    SELECT customer_id,
           MIN(CASE WHEN kind = 'order' THEN line_date END) AS order_day,
           MAX(CASE WHEN kind = 'order' THEN line_date END) AS last_purchase_line,
           MAX(line_date) AS last_line,
           SUM(amount) AS net,
           SUM(CASE WHEN kind = 'return' THEN -amount ELSE 0 END) AS returned,
           SUM(CASE WHEN kind = 'order' THEN COALESCE(quantity, 1) ELSE 0 END) AS items,
           COUNT(*) AS line_count,
           MAX(CASE WHEN kind = 'order' THEN 1 ELSE 0 END) AS has_purchase,
           MAX(CASE WHEN kind = 'return' THEN 1 ELSE 0 END) AS has_return,
           MAX(CASE WHEN kind = 'order' AND product_role = 'main' THEN 1 ELSE 0 END) AS has_main,
           MAX(CASE WHEN kind = 'order' AND product_role = 'trial' THEN 1 ELSE 0 END) AS has_trial
    FROM dated_lines
    WHERE kind <> 'shipment'
    GROUP BY customer_id, order_id, CASE WHEN order_id IS NULL THEN line_date END
),
per_customer AS (
    SELECT customer_id,
           SUM(net) AS net_sales,
           SUM(has_return) AS return_orders,
           SUM(returned) AS return_amount,
           SUM(line_count) AS line_count,
           MAX(last_line) AS last_line_date,
           MIN(order_day) AS first_purchase_date,
           MAX(last_purchase_line) AS last_purchase_date
    FROM orders
    GROUP BY customer_id
),
occasions AS (
    SELECT customer_id, order_day, items, has_main, has_trial,
           ROW_NUMBER() OVER (PARTITION BY customer_id, has_main ORDER BY order_day) AS main_rank,
           order_day - LAG(order_day) OVER (PARTITION BY customer_id ORDER BY order_day) AS gap
    FROM orders
    WHERE has_purchase = 1 AND (net > 0 OR has_return = 0)
),
occasion_sums AS (
    SELECT customer_id,
           COUNT(*) AS occasions,
           SUM(items) AS items,
           SUM(has_main) AS main_occasions,
           MAX(has_trial) AS trial,
           MIN(CASE WHEN has_main = 1 AND main_rank = 3 THEN order_day END) AS third_main_date,
           COUNT(DISTINCT order_day) AS purchase_days,
           MIN(order_day) AS first_occasion_date,
           MAX(order_day) AS last_occasion_date,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 1 THEN 1 ELSE 0 END) AS m01,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 2 THEN 1 ELSE 0 END) AS m02,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 3 THEN 1 ELSE 0 END) AS m03,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 4 THEN 1 ELSE 0 END) AS m04,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 5 THEN 1 ELSE 0 END) AS m05,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 6 THEN 1 ELSE 0 END) AS m06,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 7 THEN 1 ELSE 0 END) AS m07,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 8 THEN 1 ELSE 0 END) AS m08,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 9 THEN 1 ELSE 0 END) AS m09,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 10 THEN 1 ELSE 0 END) AS m10,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 11 THEN 1 ELSE 0 END) AS m11,
           SUM(CASE WHEN EXTRACT(MONTH FROM order_day) = 12 THEN 1 ELSE 0 END) AS m12
    FROM occasions
    GROUP BY customer_id
),
ranked_gaps AS (
    SELECT customer_id,
           CAST(gap AS DOUBLE PRECISION) AS gap,
           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY gap) AS k,
           COUNT(*) OVER (PARTITION BY customer_id) AS m
    FROM occasions
    WHERE gap IS NOT NULL
),
intervals AS (
    -- the median without PERCENTILE_CONT (BigQuery has it only as a window function): the middle one or two gaps
    SELECT customer_id,
           AVG(CASE WHEN 2 * k IN (m, m + 1, m + 2) THEN gap END) AS median_interval_days,
           CASE WHEN COUNT(*) >= 2 AND AVG(gap) > 0 THEN STDDEV_POP(gap) / AVG(gap) END AS interval_cv
    FROM ranked_gaps
    GROUP BY customer_id
),
repeat_sales AS (
    SELECT o.customer_id, SUM(o.net) AS repeat_net_sales
    FROM orders o
    JOIN occasion_sums s ON s.customer_id = o.customer_id
    WHERE COALESCE(o.order_day, o.last_line) > s.first_occasion_date
    GROUP BY o.customer_id
)
SELECT k.customer_id,
       p.as_of,
       k.known_since,
       COALESCE(s.occasions, 0) AS occasions,
       CASE WHEN s.occasions > 0 THEN c.first_purchase_date END AS first_purchase_date,
       CASE WHEN s.occasions > 0 THEN c.last_purchase_date END AS last_purchase_date,
       COALESCE(c.net_sales, 0) AS net_sales,
       COALESCE(s.items, 0) AS items,
       COALESCE(c.return_orders, 0) AS return_orders,
       COALESCE(c.return_amount, 0) AS return_amount,
       i.median_interval_days,
       i.interval_cv,
       CASE WHEN s.occasions >= 2
                 AND EXTRACT(YEAR FROM s.first_occasion_date) <> EXTRACT(YEAR FROM s.last_occasion_date)
                 AND 5 * GREATEST(s.m01 + s.m02 + s.m03, s.m02 + s.m03 + s.m04, s.m03 + s.m04 + s.m05,
                                  s.m04 + s.m05 + s.m06, s.m05 + s.m06 + s.m07, s.m06 + s.m07 + s.m08,
                                  s.m07 + s.m08 + s.m09, s.m08 + s.m09 + s.m10, s.m09 + s.m10 + s.m11,
                                  s.m10 + s.m11 + s.m12, s.m11 + s.m12 + s.m01, s.m12 + s.m01 + s.m02)
                     >= 4 * s.occasions
            THEN 1 ELSE 0 END AS seasonal,
       COALESCE(c.line_count, 0) AS line_count,
       c.last_line_date,
       COALESCE(s.main_occasions, 0) AS main_occasions,
       COALESCE(s.trial, 0) AS trial,
       s.third_main_date,
       COALESCE(s.purchase_days, 0) AS purchase_days,
       s.first_occasion_date,
       s.last_occasion_date,
       COALESCE(r.repeat_net_sales, 0) AS repeat_net_sales
FROM known k
CROSS JOIN params p
LEFT JOIN per_customer c ON c.customer_id = k.customer_id
LEFT JOIN occasion_sums s ON s.customer_id = k.customer_id
LEFT JOIN intervals i ON i.customer_id = k.customer_id
LEFT JOIN repeat_sales r ON r.customer_id = k.customer_id;
