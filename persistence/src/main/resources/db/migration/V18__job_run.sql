-- One row per run of a scheduled job (ClusterJobs): which job, for which time slot, on which node,
-- when, and what it did. The nodes of a cluster agree through a lease in the data grid (JCache)
-- that only one of them runs a job per slot; this table is the record operators (and the cluster
-- test) read to see it. Deliberately no unique key on (job, slot): a second run of a slot must
-- show up here, not be hidden by a constraint. Rows older than 14 days are deleted hourly.
CREATE TABLE job_run (
    id          bigserial PRIMARY KEY,
    job         text        NOT NULL,
    slot        bigint      NOT NULL,
    node        text        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    outcome     text        NOT NULL
);
CREATE INDEX job_run_job_slot ON job_run (job, slot);
CREATE INDEX job_run_started ON job_run (started_at);
