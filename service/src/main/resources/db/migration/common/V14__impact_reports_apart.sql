-- Impact reports now keep stored decisions and scenarios apart in every figure (a scenario is a test of
-- the policy, not a child). A report kept in the earlier shape added the two together and cannot be
-- split, so it is withdrawn, saying why: the job reads as failed, and the policy lead runs it again.
UPDATE impact_job
SET state = 'FAILED',
    report_json = NULL,
    failure = 'This report counted stored decisions and scenarios together; run the replay again for figures that keep them apart'
WHERE report_json IS NOT NULL;
