-- The part of the figures that depends on the day they are asked (backlog by age, unanswered past
-- SLA), rolled up per series key and day of receipt: counts of open and of unanswered counted
-- complaints, by the SLA of their category. Ages follow from received_wd and the asked day's
-- wd_index, so one row serves every "as of" day. Kept by StatisticsFacts with statistics_cell.
CREATE TABLE statistics_pending (
    series           varchar(8)  NOT NULL,
    series_key       varchar(16) NOT NULL,
    received_day     date        NOT NULL,
    sla_working_days integer     NOT NULL,
    received_wd      integer     NOT NULL,
    open             bigint      NOT NULL,
    unanswered       bigint      NOT NULL,
    PRIMARY KEY (series, series_key, received_day, sla_working_days)
);

-- The pending facts are now read through statistics_pending only.
DROP INDEX complaint_fact_pending_idx;
