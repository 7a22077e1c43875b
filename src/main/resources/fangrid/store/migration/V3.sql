-- V3: a customer row has only its primary key. Customer ids are no longer a UNIQUE constraint (dropped by
-- fangrid.store.CustomerIdConstraint): every id is mapped to its key in memory by the one import that can run at a
-- time (the project file is opened exclusively). The indexes on the import columns served only undo, which can
-- afford a scan. Together they made up most of the time of a 2 M-customer import and half of the project file.
DROP INDEX customer_import;
DROP INDEX customer_profile_import;
