-- The scenarios a ruleset is checked by travel with it. When a second policy lead approves a candidate,
-- the scenarios whose outcome it knowingly changes are rewritten to its outcome and the whole set is kept
-- under its version; while it serves, candidates are checked against that set, so an accepted change is
-- not reported again by every later candidate. A version with no row here uses the packaged scenarios.
CREATE TABLE ruleset_scenario (
    version VARCHAR(64)      NOT NULL REFERENCES ruleset (version),
    name    VARCHAR(300)     NOT NULL,
    content VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (version, name)
);
