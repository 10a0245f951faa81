-- Complaints whose statistics facts are older than their timeline. A bulk import marks the rows it
-- updates here in the same transaction as the update and refreshes the facts once at the end, so
-- a run killed in between leaves the marks behind for the next import or the next start of the
-- application (StatisticsFacts.refreshOutdated) instead of stale figures nobody knows about.
-- Complaints with no facts at all (new rows) need no mark: they are found by their absence.
CREATE TABLE complaint_fact_stale (
    complaint_id bigint PRIMARY KEY REFERENCES complaint (id) ON DELETE CASCADE
);
