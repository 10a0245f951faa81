-- "Latest resolved complaints" (home page, feeds) ordered every resolved complaint by a correlated
-- subquery on its facts and sorted them all: 0.8 s per home page at 200,000 complaints (found by
-- the soak, docs/benchmarks.md). Walking this index in order stops after the few rows shown.
CREATE INDEX IF NOT EXISTS complaint_fact_resolved_idx
    ON complaint_fact (resolved_at DESC NULLS LAST, complaint_id DESC) WHERE primary_row;
