-- Why a decision was not eligible for the MSET panel, so that the analysts can count why screened referrals
-- did not reach it (before this, the reasons were only in the packed fired rules, which cannot be counted
-- in the database): the ids of the eligibility rules that gave its unmet panel reasons, sorted and
-- comma-separated (NOT_ADDS_VALUE,NOT_LEVEL). Null when the panel was eligible, and where not recorded.
-- Rule ids say nothing about the child, so retention keeps this column, as it keeps the fired rules it
-- repeats. Migration 36.1 fills it in for the decisions stored before. No index: the figures reach it
-- through the decisions of a period, already read for the other counts.
ALTER TABLE decision ADD COLUMN panel_unmet_rules VARCHAR(200);
