-- V7: a customer's id as the shop's file wrote it (山田①, ＡＢＣ１２３), for display and export. customer_id stays the
-- normalised key that imports match on (NFKC: 山田1, ABC123); source_id is NULL where the two are the same (most
-- ids) and for customers imported before V7, who are shown by customer_id (fangrid.store.CustomerIds).
ALTER TABLE customer ADD COLUMN source_id VARCHAR(1000);
