-- The public complaint list shows, per complaint, the agencies it is with, its first response and
-- its resolution. They are computed with the statistics facts anyway; keeping them on the facts'
-- primary row turns four probes of routings and events per listed complaint into one.
ALTER TABLE complaint_fact
    ADD COLUMN first_response_at timestamptz,
    ADD COLUMN resolved_at       timestamptz,
    ADD COLUMN agency_codes      varchar(32)[],
    ADD COLUMN agency_names      varchar(200)[];
CREATE UNIQUE INDEX complaint_fact_primary_idx ON complaint_fact (complaint_id) WHERE primary_row;

-- Facts written before this version lack the new columns: empty the statistics tables so that the
-- next start-up rebuilds them all (StartupTasks → StatisticsFacts.refreshMissing).
TRUNCATE complaint_fact, statistics_cell, statistics_pending;
