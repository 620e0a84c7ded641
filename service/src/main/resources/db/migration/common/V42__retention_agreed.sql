-- The retention period every instance sharing the database applies: one row, written by the first start
-- (or the first after this upgrade) and changed only by a start that names the period it replaces
-- (mset.audit.retention-replaces). An operator's trial restarted one of two instances with three months,
-- and it removed the content of thousands of decisions for the region while the other said six years.
CREATE TABLE retention_agreed (
    one_row   INT                      NOT NULL PRIMARY KEY,
    period    VARCHAR(40)              NOT NULL,
    agreed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT retention_agreed_one_row CHECK (one_row = 1)
);
