-- Statistics read model. calendar_day numbers working days so that "working days between two
-- dates" is one subtraction; it follows the holiday table by trigger. complaint_fact holds each
-- complaint's clocks once per agency it is with (see docs/statistics.md), refreshed from the
-- timeline by StatisticsFacts (Java passes the lifecycle's definitions as parameters).

CREATE TABLE calendar_day (
    day      date    PRIMARY KEY,
    working  boolean NOT NULL,
    -- working days from 2000-01-01 up to and including this day
    wd_index integer NOT NULL
);

CREATE FUNCTION refresh_calendar() RETURNS void LANGUAGE sql AS $$
    DELETE FROM calendar_day;
    INSERT INTO calendar_day (day, working, wd_index)
    SELECT day, working, (sum(CASE WHEN working THEN 1 ELSE 0 END) OVER (ORDER BY day))::integer
    FROM (SELECT d::date AS day,
                 extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT 1 FROM holiday h WHERE h.day = d::date)
                     AS working
          FROM generate_series(date '2000-01-01', date '2100-12-31', interval '1 day') AS d) days;
$$;

SELECT refresh_calendar();

CREATE FUNCTION holiday_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_calendar();
    RETURN NULL;
END
$$;

CREATE TRIGGER holiday_refreshes_calendar
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON holiday
    FOR EACH STATEMENT EXECUTE FUNCTION holiday_changed();

CREATE TABLE complaint_fact (
    complaint_id     bigint           NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    agency_id        bigint           REFERENCES agency (id),
    category_id      bigint           NOT NULL,
    channel          varchar(16)      NOT NULL,
    regency_code     varchar(13),
    received_at      timestamptz      NOT NULL,
    received_wd      integer          NOT NULL,
    status           varchar(16)      NOT NULL,
    counted          boolean          NOT NULL,
    rejected         boolean          NOT NULL,
    open             boolean          NOT NULL,
    response_wd      integer,
    response_hours   double precision,
    resolution_wd    integer,
    resolution_hours double precision,
    sla_working_days integer          NOT NULL,
    rerouted         boolean          NOT NULL,
    reopened         boolean          NOT NULL
);
CREATE INDEX complaint_fact_agency_idx ON complaint_fact (agency_id, received_at);
CREATE INDEX complaint_fact_received_idx ON complaint_fact (received_at);
CREATE INDEX complaint_fact_complaint_idx ON complaint_fact (complaint_id);
