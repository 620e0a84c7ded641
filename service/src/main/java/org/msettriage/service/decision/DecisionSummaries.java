package org.msettriage.service.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.GivenFilters;
import org.msettriage.service.store.HashBytes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What auditors find decisions by: the summary every decision keeps for as long as it is stored (the
 * outcome, the ruleset, who asked, and the latest feedback), read from columns, never from the content.
 */
@Repository
public class DecisionSummaries {

    /** One page of summaries and how many match in all. */
    public record Page(List<DecisionSummary> items, long total) {}

    private static final String SELECT = """
            SELECT d.decision_id, d.decided_at, d.assessed_at, d.ruleset_version, d.ruleset_sha256, d.risk_level,
                   d.pathway, d.pre_mset_eligible, d.mset_panel_eligible, d.local_authority, d.caller_method,
                   d.caller_name, d.personal_removed_at,
                   (SELECT f.outcome FROM decision_feedback f WHERE f.decision_id = d.decision_id
                    ORDER BY f.recorded_at DESC, f.feedback_id FETCH FIRST ROW ONLY) AS latest_feedback
            FROM decision d
            """;

    private final JdbcClient jdbc;

    DecisionSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page search(DecisionQuery query) {
        GivenFilters given = given(query);
        long total = jdbc.sql("SELECT COUNT(*) FROM decision d" + given.where())
                .params(given.params())
                .query(Long.class)
                .single();
        List<DecisionSummary> items = jdbc.sql(SELECT + given.where() + " ORDER BY " + query.orderBy()
                        + " OFFSET :skip ROWS FETCH NEXT :size ROWS ONLY")
                .params(given.params())
                .param("skip", (long) query.page() * query.size())
                .param("size", query.size())
                .query((row, n) -> summary(row))
                .list();
        return new Page(items, total);
    }

    public Optional<DecisionSummary> find(UUID decisionId) {
        return jdbc.sql(SELECT + " WHERE d.decision_id = :id")
                .param("id", decisionId)
                .query((row, n) -> summary(row))
                .optional();
    }

    /** Every decision still held about the child whose reference has this keyed hash, oldest first. */
    public List<DecisionSummary> aboutChild(String childRefHash) {
        return jdbc.sql(SELECT + " WHERE d.child_ref_hash = :hash ORDER BY d.decided_at, d.decision_id")
                .param("hash", HashBytes.of(childRefHash))
                .query((row, n) -> summary(row))
                .list();
    }

    /** Every ruleset version that has decided something still stored, the latest to decide first. */
    public List<String> rulesetVersions() {
        return jdbc.sql("""
                        SELECT ruleset_version FROM decision GROUP BY ruleset_version
                        ORDER BY MAX(decided_at) DESC, ruleset_version DESC
                        """).query(String.class).list();
    }

    private static GivenFilters given(DecisionQuery query) {
        return new GivenFilters()
                .and("d.decided_at >= :from", "from", query.decidedFrom())
                .and("d.decided_at < :before", "before", query.decidedBefore())
                .and("d.risk_level = :riskLevel", "riskLevel", query.riskLevel())
                .and("d.pathway = :pathway", "pathway", query.pathway())
                .and("d.ruleset_version = :version", "version", query.rulesetVersion())
                .and("d.local_authority = :authority", "authority", query.localAuthority())
                .and("d.child_ref_hash = :child", "child", HashBytes.of(query.childRefHash()))
                .and("d.referral_ref_hash = :referral", "referral", HashBytes.of(query.referralRefHash()));
    }

    private static DecisionSummary summary(ResultSet row) throws SQLException {
        return new DecisionSummary(
                row.getObject("decision_id", UUID.class),
                row.getObject("decided_at", OffsetDateTime.class),
                row.getObject("assessed_at", OffsetDateTime.class),
                row.getString("ruleset_version"),
                HashBytes.hex(row, "ruleset_sha256"),
                row.getString("risk_level"),
                row.getString("pathway"),
                row.getObject("pre_mset_eligible", Boolean.class),
                row.getObject("mset_panel_eligible", Boolean.class),
                row.getString("local_authority"),
                Caller.qualifiedName(row.getString("caller_method"), row.getString("caller_name")),
                row.getObject("personal_removed_at", OffsetDateTime.class),
                row.getString("latest_feedback"));
    }
}
