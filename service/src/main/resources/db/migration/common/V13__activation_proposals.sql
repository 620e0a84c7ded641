-- Four eyes on every switch of the rules: one policy lead proposes activating a kept ruleset (with the
-- reason and the scenario outcomes it knowingly changes), another approves or rejects it. A proposal not
-- reviewed by expires_at lapses. Kept for ever beside the activations, so the history says who proposed
-- and who approved each switch.
CREATE TABLE ruleset_proposal (
    proposal_id               UUID                     PRIMARY KEY,
    version                   VARCHAR(64)              NOT NULL REFERENCES ruleset (version),
    proposed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    proposed_by               VARCHAR(300)             NOT NULL,
    reason                    VARCHAR(2000)            NOT NULL,
    accepted_scenario_changes VARCHAR(1000000)         NOT NULL,
    expires_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    state                     VARCHAR(10)              NOT NULL,
    reviewed_at               TIMESTAMP WITH TIME ZONE,
    reviewed_by               VARCHAR(300),
    review_note               VARCHAR(2000)
);
CREATE INDEX ruleset_proposal_proposed ON ruleset_proposal (proposed_at);

-- The proposal an activation carried out; none for the first start and for rollbacks.
ALTER TABLE ruleset_activation ADD COLUMN proposal_id UUID REFERENCES ruleset_proposal (proposal_id);
