-- A read of the access log narrowed to one child (who read this child's decisions, and why) is recorded
-- for each decision it lists, as ACCESS_LOG: until now it was recorded as SEARCH_RESULTS, a listing, so an
-- auditor could not tell a search from a look at who else had read the child. Entries recorded before
-- keep their channel, as every entry is sealed with it.
ALTER TABLE decision_access DROP CONSTRAINT decision_access_channel;
ALTER TABLE decision_access ADD CONSTRAINT decision_access_channel
    CHECK (channel IN ('API', 'PAGE', 'SUBJECT_ACCESS', 'PANEL_AGENDA', 'DECISION_PAGE', 'SEARCH_RESULTS',
                       'ACCESS_LOG'));
