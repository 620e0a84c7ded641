package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.msettriage.service.store.HashBytes;

/**
 * The fields of a stored decision that its seal covers, as read back from the database. Personal content
 * is covered through its digest ({@code personalSha256}), not the content itself, so the retention
 * period can remove the content and the record still verifies.
 */
record SealedDecision(
        UUID decisionId,
        OffsetDateTime decidedAt,
        OffsetDateTime assessedAt,
        String rulesetVersion,
        String rulesetSha256,
        String riskLevel,
        String pathway,
        Boolean preMsetEligible,
        Boolean msetPanelEligible,
        String localAuthority,
        String callerMethod,
        String callerName,
        String firedRulesJson,
        String personalSha256)
        implements SealedRecord {

    /**
     * The columns {@link #beforeMigration26} reads: migration 7 reads decisions before migration 26 adds the
     * packed form of the rules that fired.
     */
    static final String COLUMNS_BEFORE_MIGRATION_26 = "d.decision_id, d.decided_at, d.assessed_at,"
            + " d.ruleset_version, d.ruleset_sha256, d.risk_level, d.pathway, d.pre_mset_eligible,"
            + " d.mset_panel_eligible, d.local_authority, d.caller_method, d.caller_name, d.fired_rules_json,"
            + " d.personal_sha256";

    /** The columns {@link #from} reads, for a SELECT from {@code decision d}. */
    static final String COLUMNS = COLUMNS_BEFORE_MIGRATION_26 + ", d.fired_rules_packed";

    static SealedDecision from(ResultSet row) throws SQLException {
        return read(
                row,
                FiredRules.of(row.getBytes("fired_rules_packed"), row.getString("fired_rules_json")),
                HashBytes.hex(row, "ruleset_sha256"),
                HashBytes.hex(row, "personal_sha256"));
    }

    /** As migration 7 reads it, while the digests were kept as hex (migration 39 made them bytes). */
    static SealedDecision beforeMigration26(ResultSet row) throws SQLException {
        return read(
                row,
                row.getString("fired_rules_json"),
                row.getString("ruleset_sha256"),
                row.getString("personal_sha256"));
    }

    private static SealedDecision read(
            ResultSet row, String firedRulesJson, String rulesetSha256, String personalSha256) throws SQLException {
        return new SealedDecision(
                row.getObject("decision_id", UUID.class),
                row.getObject("decided_at", OffsetDateTime.class),
                row.getObject("assessed_at", OffsetDateTime.class),
                row.getString("ruleset_version"),
                rulesetSha256,
                row.getString("risk_level"),
                row.getString("pathway"),
                row.getObject("pre_mset_eligible", Boolean.class),
                row.getObject("mset_panel_eligible", Boolean.class),
                row.getString("local_authority"),
                row.getString("caller_method"),
                row.getString("caller_name"),
                firedRulesJson,
                personalSha256);
    }

    @Override
    public UUID id() {
        return decisionId;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DECISION;
    }

    /**
     * The SHA-256 of the canonical form: a version line, then each field in a fixed order as its name,
     * its length and its value (instants in UTC), so no two different records can share a form.
     */
    @Override
    public String sha256() {
        return Digests.sha256(new Canonical("mset-decision-v1")
                .add("decisionId", decisionId)
                .add("decidedAt", decidedAt == null ? null : decidedAt.toInstant())
                .add("assessedAt", assessedAt == null ? null : assessedAt.toInstant())
                .add("rulesetVersion", rulesetVersion)
                .add("rulesetSha256", rulesetSha256)
                .add("riskLevel", riskLevel)
                .add("pathway", pathway)
                .add("preMsetEligible", preMsetEligible)
                .add("msetPanelEligible", msetPanelEligible)
                .add("localAuthority", localAuthority)
                .add("callerMethod", callerMethod)
                .add("callerName", callerName)
                .add("firedRules", firedRulesJson)
                .add("personalSha256", personalSha256)
                .text());
    }
}
