-- Complaints whose statistics facts are older than their timeline. A write (bulk import batch,
-- intake) marks the complaints it changes here in its own transaction; the refresh that follows
-- (at the end of an import, right after an intake commit) clears the marks with the facts it
-- renews. A process killed in between leaves the marks for the next import or the next start of
-- the application (StatisticsFacts.refreshOutdated) instead of stale figures nobody knows about.
-- Complaints with no facts at all (new rows) are found by their absence as well.
CREATE TABLE complaint_fact_stale (
    complaint_id bigint PRIMARY KEY REFERENCES complaint (id) ON DELETE CASCADE
);
