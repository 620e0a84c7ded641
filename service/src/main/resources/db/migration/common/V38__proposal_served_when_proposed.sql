-- The ruleset that served when a proposal was made: the scenario outcomes it lists were worked out against
-- that ruleset's scenarios, so its approver is told when another has come to serve since. A proposal made
-- before this was recorded takes the version switched to last before it was made.
ALTER TABLE ruleset_proposal ADD COLUMN proposed_while_serving VARCHAR(64);
UPDATE ruleset_proposal SET proposed_while_serving = (
    SELECT a.version FROM ruleset_activation a
    WHERE a.activated_at <= ruleset_proposal.proposed_at
    ORDER BY a.activated_at DESC, a.activation_id DESC
    FETCH FIRST 1 ROW ONLY);
