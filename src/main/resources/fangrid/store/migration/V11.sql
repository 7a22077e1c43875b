-- V11: opening reads the per-customer columns instead of building them from the order lines. The window keeps a
-- packed copy of the columns of the analysis it opened (fangrid.store.CustomerColumnCopy), 65,536 customers to a row of
-- customer_column_chunk, under a key naming the analysis date, the window, the column build's version and the
-- project's imports; the next opening at the same key reads it (at 2 M customers and 20 M order lines, rebuilding
-- them took 8 s of CPU). A copy of the order lines' consequences, not used when its key differs (as after any import) and
-- emptied by an undo.
CREATE TABLE customer_column_copy (
    copy_key   VARCHAR(64) NOT NULL,
    key_count  INT NOT NULL,
    scalars    VARCHAR(1000) NOT NULL
);
CREATE TABLE customer_column_chunk (
    chunk_no   INT PRIMARY KEY,
    key_count  INT NOT NULL,
    columns    VARBINARY(1000000000) NOT NULL
);
