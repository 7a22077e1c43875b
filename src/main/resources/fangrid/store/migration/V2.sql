-- V2: order lines are stored as compressed column chunks (fangrid.store.OrderLineStore), 65,536 lines per row;
-- the rows of V1's txn table are moved into chunks by fangrid.store.LegacyOrderLines, which then drops it.
CREATE TABLE txn_chunk (
    chunk_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id     BIGINT        NOT NULL,
    row_count     INT           NOT NULL,
    first_day     DATE          NOT NULL,
    last_day      DATE          NOT NULL,
    customer_keys VARBINARY(1000000000) NOT NULL,
    days          VARBINARY(1000000000) NOT NULL,
    kinds         VARBINARY(1000000000) NOT NULL,
    amounts       VARBINARY(1000000000) NOT NULL,
    quantities    VARBINARY(1000000000) NOT NULL,
    unit_prices   VARBINARY(1000000000) NOT NULL,
    order_hashes  VARBINARY(1000000000) NOT NULL,
    -- fingerprints of the lines (and of their occurrence in their file), so overlapping exports do not count twice
    line_hashes   VARBINARY(1000000000) NOT NULL,
    order_ids     VARBINARY(1000000000) NOT NULL,
    product_codes VARBINARY(1000000000) NOT NULL,
    product_names VARBINARY(1000000000) NOT NULL,
    categories    VARBINARY(1000000000) NOT NULL,
    channels      VARBINARY(1000000000) NOT NULL
);
CREATE INDEX txn_chunk_import ON txn_chunk(import_id);
