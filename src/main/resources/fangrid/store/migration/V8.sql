-- V8: six-month plans (6ヶ月変わらない顧客セグメント). A plan is named by its start date; its tiers are fixed for the
-- period, so their members are stored (customer keys as a serialized RoaringBitmap, as saved segments keep theirs)
-- with each customer's predicted period sales at the start (float per key, key 1 first).
CREATE TABLE sales_plan (
    plan_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    start_date   DATE           NOT NULL UNIQUE,
    months       INT            NOT NULL,
    margin       DOUBLE PRECISION NOT NULL,
    method       VARCHAR(1000)  NOT NULL,
    -- customers of the previous plan who are in another tier here (-1: no previous plan), of those in both
    changed      INT            NOT NULL,
    carried      INT            NOT NULL,
    expected     VARBINARY(1000000000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE sales_plan_tier (
    -- no foreign key: a project holds only primary keys and unique constraints (fangrid.store.StoredObject)
    plan_id         BIGINT NOT NULL,
    tier            INT    NOT NULL,
    name_ja         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    action_ja       VARCHAR(1000) NOT NULL,
    action_en       VARCHAR(1000) NOT NULL,
    cumulative_share DOUBLE PRECISION NOT NULL,
    lowest_expected DOUBLE PRECISION NOT NULL,
    customer_count  INT    NOT NULL,
    expected_sales  DOUBLE PRECISION NOT NULL,
    members         VARBINARY(1000000000) NOT NULL,
    PRIMARY KEY (plan_id, tier)
);
