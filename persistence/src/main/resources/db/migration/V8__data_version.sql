-- One counter that moves whenever published data may have changed: HTTP caching (ETag,
-- Last-Modified) reads it instead of hashing responses. Statement-level triggers: a COPY of a
-- million complaints bumps it once.
CREATE TABLE data_version (
    id         integer     PRIMARY KEY CHECK (id = 1),
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
INSERT INTO data_version VALUES (1, 1, now());

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1, changed_at = clock_timestamp() WHERE id = 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['complaint', 'complaint_event', 'complaint_routing', 'agency',
                             'agency_channel', 'category', 'region', 'mpp', 'mpp_service',
                             'mpp_service_offering', 'mpp_opening_hours', 'mpp_tenant',
                             'mpp_service_requirement', 'mpp_service_step', 'holiday',
                             'statistics_cell']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
                       t || '_bumps_data_version', t);
    END LOOP;
END
$$;
