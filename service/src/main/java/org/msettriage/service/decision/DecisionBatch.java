package org.msettriage.service.decision;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.PersonalContent;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a batch of decisions in one transaction: their rows, their places in the sealing queue and the
 * rule catalogue's counts. All of the batch is stored or none of it. The personal content was protected
 * (compressed and encrypted) by each caller's own thread before it queued, so that work runs in parallel
 * and the one writer only writes.
 */
@Component
class DecisionBatch implements BatchStore {

    private static final String INSERT = """
            INSERT INTO decision (decision_id, assessed_at, decided_at, ruleset_version, ruleset_sha256, risk_level,
                                  child_ref_hash, request_sealed, response_sealed, personal_sha256, fired_rules_json,
                                  caller_method, caller_name, local_authority, pathway, pre_mset_eligible,
                                  mset_panel_eligible)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** A decision with its personal content in the form it is stored. */
    record Prepared(NewDecision decision, PersonalContent.Protected content, String firedRulesJson) {}

    /** A batch that has not committed by then is rolled back and failed, so no caller waits without end. */
    static final int TIMEOUT_SECONDS = 10;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PersonalContent personal;
    private final DecisionSealer sealer;
    private final RuleFiringCounts counts;
    private final JsonMapper mapper;

    DecisionBatch(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            PersonalContent personal,
            DecisionSealer sealer,
            RuleFiringCounts counts,
            JsonMapper mapper) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setTimeout(TIMEOUT_SECONDS);
        this.personal = personal;
        this.sealer = sealer;
        this.counts = counts;
        this.mapper = mapper;
    }

    @Override
    public Prepared prepare(NewDecision decision) {
        return new Prepared(
                decision,
                personal.protect(
                        decision.decisionId(), decision.childRef(), decision.requestJson(), decision.responseJson()),
                mapper.writeValueAsString(decision.firedRules()));
    }

    @Override
    public void write(List<Prepared> batch) {
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement row, int i) throws SQLException {
                    bind(row, batch.get(i));
                }

                @Override
                public int getBatchSize() {
                    return batch.size();
                }
            });
            sealer.queue(batch.stream().map(p -> p.decision().decisionId()).toList());
            counts.add(batch.stream().map(Prepared::decision).toList());
        });
    }

    private static void bind(PreparedStatement row, Prepared prepared) throws SQLException {
        NewDecision d = prepared.decision();
        row.setObject(1, d.decisionId());
        row.setObject(2, d.assessedAt());
        row.setObject(3, d.decidedAt());
        row.setString(4, d.rulesetVersion());
        row.setString(5, d.rulesetSha256());
        row.setString(6, d.riskLevel());
        row.setString(7, prepared.content().childRefHash());
        row.setBytes(8, prepared.content().request());
        row.setBytes(9, prepared.content().response());
        row.setString(10, prepared.content().sha256());
        row.setString(11, prepared.firedRulesJson());
        row.setString(12, d.caller().method().name());
        row.setString(13, d.caller().name());
        if (d.localAuthority() == null) {
            row.setNull(14, Types.VARCHAR);
        } else {
            row.setString(14, d.localAuthority());
        }
        row.setString(15, d.pathway());
        row.setBoolean(16, d.preMsetEligible());
        row.setBoolean(17, d.msetPanelEligible());
    }
}
