-- Bulk import (bin/aduan import): a complaint loaded from another system keeps that system's name
-- and its id there, the natural key that makes a re-import update rather than duplicate. The
-- fingerprint of the imported row tells an unchanged row from a changed one without comparing
-- every column. Complaints written by the portal itself have no source (NULL).
ALTER TABLE complaint
    ADD COLUMN source_system varchar(40),
    ADD COLUMN source_id     varchar(100),
    ADD COLUMN import_hash   char(64),
    ADD CHECK ((source_system IS NULL) = (source_id IS NULL));

CREATE UNIQUE INDEX complaint_source_key ON complaint (source_system, source_id)
    WHERE source_system IS NOT NULL;

-- The natural key of a timeline event: what happened when, and by which agency. Not UNIQUE because
-- existing timelines (demo data, older intakes) may hold two identical events; the importer looks
-- an event up by this key under its advisory lock before appending it.
CREATE INDEX complaint_event_natural_idx
    ON complaint_event (complaint_id, event_type, occurred_at, agency_id);
