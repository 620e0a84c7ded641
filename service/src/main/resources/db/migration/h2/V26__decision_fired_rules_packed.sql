-- The rules that fired in a decision, kept deflated (with the stored content's dictionary) instead of as
-- JSON text: about 930 bytes of rule names become about 290, a sixth of a stored decision. The JSON column
-- stays for decisions stored before (migration 26.1 packs them) and for an instance of an earlier build
-- still writing during an upgrade; a decision has one or the other, and reads back the same JSON either way.
ALTER TABLE decision ADD COLUMN fired_rules_packed VARBINARY(65536);
ALTER TABLE decision ALTER COLUMN fired_rules_json SET NULL;
ALTER TABLE decision ADD CONSTRAINT decision_fired_rules_kept
    CHECK (fired_rules_json IS NOT NULL OR fired_rules_packed IS NOT NULL);
