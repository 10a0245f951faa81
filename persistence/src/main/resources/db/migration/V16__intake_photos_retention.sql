-- Intake, second round: photos sent with an event, the audit of every photo upload, and the expiry
-- of idempotency records.

-- A photo upload is audited like any other intake write: who (key prefix and kind), when, which
-- complaint, which photo in which role, and the upload's size and detected type. Never the bytes.
ALTER TABLE intake_audit
    ADD COLUMN photo_id     bigint REFERENCES photo (id) ON DELETE SET NULL,
    ADD COLUMN photo_role   varchar(8) CHECK (photo_role IN ('BEFORE', 'AFTER')),
    ADD COLUMN upload_bytes integer CHECK (upload_bytes >= 0),
    ADD COLUMN upload_type  varchar(32);

-- The photos an event request stored, so that a retry under the same Idempotency-Key gets them
-- back in its answer.
ALTER TABLE intake_idempotency ADD COLUMN photo_ids bigint[];

-- Idempotency records are kept ADUAN_INTAKE_IDEMPOTENCY_HOURS (default 48) and then deleted by the
-- application's hourly clean-up, which scans by age.
CREATE INDEX intake_idempotency_created_idx ON intake_idempotency (created_at);
