package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.security.Caller;
import org.msettriage.service.triage.ReferralMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored decisions. Each keeps the request as received, the response exactly as answered (which
 * names the assessedAt the windows were counted from), the ruleset version and hash, the rules that
 * fired, and who asked for it. A decision is committed, whole, before its response is sent.
 */
@Repository
public class Decisions {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper mapper;

    Decisions(JdbcClient jdbc, JdbcTemplate batch, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.mapper = mapper;
    }

    @Transactional
    public void store(
            TriageDecisionDto decision, TriageRequestDto request, Map<String, Integer> firedRules, Caller caller) {
        jdbc.sql("""
                INSERT INTO decision (decision_id, referral_id, assessed_at, decided_at, ruleset_version,
                                      ruleset_sha256, risk_level, request_json, response_json, fired_rules_json,
                                      caller_method, caller_name, local_authority, pathway, pre_mset_eligible,
                                      mset_panel_eligible)
                VALUES (:id, :referralId, :assessedAt, :decidedAt, :version, :sha256, :riskLevel, :request,
                        :response, :firedRules, :callerMethod, :callerName, :localAuthority, :pathway,
                        :preMsetEligible, :msetPanelEligible)
                """)
                .param("id", decision.getDecisionId())
                .param("referralId", decision.getReferralId())
                .param("assessedAt", decision.getAssessedAt())
                .param("decidedAt", decision.getDecidedAt())
                .param("version", decision.getRuleset().getVersion())
                .param("sha256", decision.getRuleset().getSha256())
                .param("riskLevel", decision.getRiskLevel().getValue())
                .param("request", mapper.writeValueAsString(request))
                .param("response", mapper.writeValueAsString(decision))
                .param("firedRules", mapper.writeValueAsString(firedRules))
                .param("callerMethod", caller.method().name())
                .param("callerName", caller.name())
                .param(
                        "localAuthority",
                        request.getLocalAuthority() == null
                                ? null
                                : request.getLocalAuthority().getValue())
                .param("pathway", decision.getPathway().getValue())
                .param("preMsetEligible", decision.getPreMset().getEligible())
                .param("msetPanelEligible", decision.getMsetPanel().getEligible())
                .update();
        batch.batchUpdate(
                "INSERT INTO decision_rule_firing (decision_id, rule_id, firings) VALUES (?, ?, ?)",
                firedRules.entrySet().stream()
                        .map(rule -> new Object[] {decision.getDecisionId(), rule.getKey(), rule.getValue()})
                        .toList());
    }

    /** The decision as it was answered, if one is stored under the id. */
    public Optional<TriageDecisionDto> find(UUID decisionId) {
        return jdbc.sql("SELECT response_json FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query(String.class)
                .optional()
                .map(this::decision);
    }

    /**
     * The decision as it was answered, if one is stored under the id and this caller asked for it. Any
     * other decision is simply not found, so a caller cannot tell another client's decision from none.
     */
    public Optional<TriageDecisionDto> findAskedFor(UUID decisionId, Caller caller) {
        return jdbc.sql("""
                SELECT response_json FROM decision
                WHERE decision_id = :id AND caller_method = :method AND caller_name = :name
                """)
                .param("id", decisionId)
                .param("method", caller.method().name())
                .param("name", caller.name())
                .query(String.class)
                .optional()
                .map(this::decision);
    }

    /** The ids of the decisions made in a period (either end open when null), oldest first. */
    public List<UUID> decidedBetween(OffsetDateTime from, OffsetDateTime before) {
        return jdbc.sql("""
                SELECT decision_id FROM decision
                WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at >= :from)
                  AND (CAST(:before AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at < :before)
                ORDER BY decided_at, decision_id
                """)
                .param("from", from)
                .param("before", before)
                .query(UUID.class)
                .list();
    }

    /**
     * A stored decision's referral as the rules saw it: the request as received, with the moment its
     * windows were counted from (or, for decisions stored before that was kept, the decision's own time).
     */
    public Referral referral(UUID decisionId) {
        return jdbc.sql("SELECT request_json, assessed_at, decided_at FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query((row, n) -> {
                    OffsetDateTime assessedAt = row.getObject("assessed_at", OffsetDateTime.class);
                    TriageRequestDto request = mapper.readValue(row.getString("request_json"), TriageRequestDto.class);
                    return ReferralMapper.toReferral(request)
                            .withDefaults(
                                    assessedAt != null
                                            ? assessedAt
                                            : row.getObject("decided_at", OffsetDateTime.class));
                })
                .single();
    }

    private TriageDecisionDto decision(String json) {
        return mapper.readValue(json, TriageDecisionDto.class);
    }
}
