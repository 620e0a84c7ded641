-- How a decision was read, as the access log names it, and no other value. A decision listed in the
-- auditors' search results (SEARCH_RESULTS) is recorded apart from one opened on its page (DECISION_PAGE):
-- both used to be recorded as PAGE, so an auditor only shown a decision in a list read as if they had
-- opened it. PAGE stays for the entries recorded before: each is an auditor's page, the decision opened or
-- only listed, and nothing says which. Entries are sealed with their channel, so none is rewritten.
-- A build older than this one, which cannot read the new channels, refuses to start on this database.
ALTER TABLE decision_access ADD CONSTRAINT decision_access_channel
    CHECK (channel IN ('API', 'PAGE', 'SUBJECT_ACCESS', 'PANEL_AGENDA', 'DECISION_PAGE', 'SEARCH_RESULTS'));
