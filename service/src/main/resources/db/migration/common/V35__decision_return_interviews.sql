-- The return home interviews each decision's referral showed due, one row per missing episode, so that
-- the analysts' figures count an episode once however many referrals about the child report it (before
-- this, V21's rhi_due and rhi_offered counted it in every one). The episode is named only by a keyed hash
-- of the child's reference with its start and return times: no time, no reference is stored, and without
-- the key the hash cannot be matched against a guessed child or time. offered: completed within 72 hours
-- of the return, or refused. Decisions stored before this migration have no rows; their V21 counts stand.
-- Retention deletes a decision's rows with the rest of its profile.
-- Every decision with due interviews writes these rows, so they are kept small: the hash is 128 bits (32
-- hex digits; a region's episodes never come near a chance collision), and no index beyond the key, as
-- the figures reach the rows only through their decision.
CREATE TABLE decision_return_interview (
    decision_id  UUID     NOT NULL REFERENCES decision (decision_id),
    episode_hash CHAR(32) NOT NULL,
    offered      BOOLEAN  NOT NULL,
    CONSTRAINT decision_return_interview_once PRIMARY KEY (decision_id, episode_hash)
);
