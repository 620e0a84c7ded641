-- Issue 18: the least of each referral the analysts' figures need, as plain columns beside the outcome
-- columns, so that profiles are counted in the database without decrypting a single request. Never the
-- age (a band of it), never a date, never free text. Written at triage time; migration 21.1 fills them
-- for the decisions stored before (those whose content retention removed keep nulls: "not recorded").
--   age_band: UNDER_10, 10_TO_12, 13_TO_15, 16_TO_17, 18_AND_OVER (null when no age was given)
--   exploitation_types: the decision's exploitation types, sorted and comma-separated ('' for none)
--   rhi_due / rhi_offered: the referral's returned missing episodes (ended within 90 days) whose return
--     home interview was due, and of those the ones offered within 72 hours of the return
ALTER TABLE decision ADD COLUMN gender VARCHAR(20);
ALTER TABLE decision ADD COLUMN age_band VARCHAR(20);
ALTER TABLE decision ADD COLUMN care_status VARCHAR(30);
ALTER TABLE decision ADD COLUMN referring_agency VARCHAR(30);
ALTER TABLE decision ADD COLUMN exploitation_types VARCHAR(60);
ALTER TABLE decision ADD COLUMN rhi_due SMALLINT;
ALTER TABLE decision ADD COLUMN rhi_offered SMALLINT;
