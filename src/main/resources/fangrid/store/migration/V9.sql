-- V9: opening reads the order lines once, and the customer ids without a row per person.
-- What opening and the analysis ask of the order-line chunks besides their columns (each import's line count for the
-- integrity check, the total for sizing, the latest day for the default analysis date) comes from this index alone:
-- without it each question read every chunk whole, 3.4 times the file per opening. It also serves what the index on
-- import_id served (an import's chunks), so that one goes.
CREATE INDEX txn_chunk_summary ON txn_chunk(import_id, row_count, last_day);
DROP INDEX txn_chunk_import;
-- The customer ids as display and export show them (COALESCE(source_id, customer_id), NULL where a key is no longer
-- a person), packed 65,536 keys to a row as the order lines are (fangrid.store.CustomerIds): 2 M ids from the
-- customer table's rows took 2.2 s to read. A copy, written by the first load after the people changed and emptied by
-- whatever changes them; customer stays the table imports match and update people in.
CREATE TABLE customer_id_chunk (
    chunk_no      INT PRIMARY KEY,
    key_count     INT NOT NULL,
    person_count  INT NOT NULL,
    ids           VARBINARY(1000000000) NOT NULL
);
