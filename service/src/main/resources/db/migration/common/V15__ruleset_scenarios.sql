-- The scenarios a ruleset is checked by travel with it. When a second policy lead approves a candidate,
-- the scenarios whose outcome it knowingly changes are rewritten to its outcome and the whole set is kept
-- under its version (carried false); while it serves, candidates are checked against that set, so an
-- accepted change is not reported again by every later candidate. A version with no such rows uses the
-- packaged scenarios. The files a candidate carried in its scenarios/ folder (carried true) are kept as
-- uploaded, and laid over the serving set when it is approved.
CREATE TABLE ruleset_scenario (
    version VARCHAR(64)      NOT NULL REFERENCES ruleset (version),
    carried BOOLEAN          NOT NULL,
    name    VARCHAR(300)     NOT NULL,
    content VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (version, carried, name)
);
