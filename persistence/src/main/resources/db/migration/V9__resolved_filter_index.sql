-- "Resolved between two days" filters of the public complaint list read the RESOLVED events of the
-- range by time, instead of probing every complaint's timeline.
CREATE INDEX complaint_event_type_time_idx ON complaint_event (event_type, occurred_at, complaint_id);
