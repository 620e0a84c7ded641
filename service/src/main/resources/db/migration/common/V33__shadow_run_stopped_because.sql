-- Why the service stopped a shadow run by itself: a candidate that did not decide a live referral within
-- its budget would hold a triage call as long once active, and is never used again after being stopped,
-- so the policy lead reads why the run ended instead of counts that simply stop growing.
ALTER TABLE shadow_run ADD COLUMN stopped_because VARCHAR(500);
