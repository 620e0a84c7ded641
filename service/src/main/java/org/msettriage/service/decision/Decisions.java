package org.msettriage.service.decision;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored decisions. Each keeps the request as received, the response exactly as answered (which
 * names the assessedAt the windows were counted from), the ruleset version and hash, and the rules that
 * fired. A decision is committed before its response is sent.
 */
@Repository
public class Decisions {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    Decisions(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public void store(TriageDecisionDto decision, TriageRequestDto request, Map<String, Integer> firedRules) {
        jdbc.sql("""
                INSERT INTO decision (decision_id, referral_id, assessed_at, decided_at, ruleset_version,
                                      ruleset_sha256, risk_level, request_json, response_json, fired_rules_json)
                VALUES (:id, :referralId, :assessedAt, :decidedAt, :version, :sha256, :riskLevel, :request,
                        :response, :firedRules)
                """)
                .param("id", decision.getDecisionId())
                .param("referralId", decision.getReferralId())
                .param("assessedAt", decision.getAssessedAt())
                .param("decidedAt", decision.getDecidedAt())
                .param("version", decision.getRuleset().getVersion())
                .param("sha256", decision.getRuleset().getSha256())
                .param("riskLevel", decision.getRiskLevel().name())
                .param("request", mapper.writeValueAsString(request))
                .param("response", mapper.writeValueAsString(decision))
                .param("firedRules", mapper.writeValueAsString(firedRules))
                .update();
    }

    /** The decision as it was answered, if one is stored under the id. */
    public Optional<TriageDecisionDto> find(UUID decisionId) {
        return jdbc.sql("SELECT response_json FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query(String.class)
                .optional()
                .map(json -> mapper.readValue(json, TriageDecisionDto.class));
    }
}
