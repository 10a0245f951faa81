-- Satisfaction ratings and the statistics rollups (docs/statistics.md, "Rollups").

-- The citizen's rating of how the complaint was handled, asked after resolution (1–5 stars);
-- cleared when the complaint is reopened.
ALTER TABLE complaint ADD COLUMN satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5);

ALTER TABLE complaint_fact
    ADD COLUMN satisfaction smallint,
    -- exactly one row per complaint is primary: the whole-instance figures count that one
    ADD COLUMN primary_row boolean NOT NULL DEFAULT true;

-- The live part of the figures (open backlog, unanswered past SLA) reads only these rows.
CREATE INDEX complaint_fact_pending_idx ON complaint_fact (received_at)
    WHERE counted AND (open OR response_wd IS NULL);

-- One cell per series (ALL, AGENCY, CATEGORY, CHANNEL, REGENCY), key and month (WIB) of receipt:
-- counts, exact histograms of working days (index = days), hour sketches (exact values while
-- small, else log buckets from an offset), satisfaction counts. See StatisticsCell.
CREATE TABLE statistics_cell (
    series                 varchar(8)       NOT NULL,
    series_key             varchar(16)      NOT NULL,
    month                  date             NOT NULL,
    received               bigint           NOT NULL,
    rejected               bigint           NOT NULL,
    sla_met                bigint           NOT NULL,
    rerouted               bigint           NOT NULL,
    reopened               bigint           NOT NULL,
    reopened_unresolved    bigint           NOT NULL,
    response_wd            bigint[]         NOT NULL,
    resolution_wd          bigint[]         NOT NULL,
    response_hours_exact   double precision[],
    response_hours_offset  integer          NOT NULL,
    response_hours_buckets bigint[],
    response_hours_sum     double precision NOT NULL,
    resolution_hours_exact double precision[],
    resolution_hours_offset integer         NOT NULL,
    resolution_hours_buckets bigint[],
    resolution_hours_sum   double precision NOT NULL,
    satisfaction           bigint[]         NOT NULL,
    PRIMARY KEY (series, series_key, month)
);
