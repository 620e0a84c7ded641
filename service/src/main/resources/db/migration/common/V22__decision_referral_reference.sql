-- The referral reference (the referring system's id, inside the encrypted request) as a keyed hash under a
-- key derived for the purpose, so that an auditor can find a decision by the reference a practitioner quotes.
-- Written with each decision from now on; migration 22.1 fills it in for decisions stored before. Retention
-- clears it with the rest of a decision's personal content.
ALTER TABLE decision ADD COLUMN referral_ref_hash CHAR(64);
CREATE INDEX decision_referral_ref ON decision (referral_ref_hash);
