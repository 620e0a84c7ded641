-- Several instances may share one database. Work that must run once, not once per instance (sealing the
-- chain, the retention period), runs only on the instance holding its lease: a row naming the holder
-- and until when, taken and renewed by a conditional UPDATE, so when the holder dies another takes over
-- once the lease runs out. Times are the database's clock, which every instance shares.
CREATE TABLE job_lease (
    name       VARCHAR(64)              PRIMARY KEY,
    holder     VARCHAR(200)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An impact job runs on the instance that accepted it, which keeps its heartbeat fresh while the job is
-- queued or running; a job whose heartbeat has gone stale lost its instance and is marked failed by any
-- other, never one another instance is still running.
ALTER TABLE impact_job ADD COLUMN holder VARCHAR(200);
ALTER TABLE impact_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
