package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.problem.ContentRemovedException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.triage.ReferralMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored decisions. Each keeps the request as received and the response exactly as answered, both
 * encrypted; the child reference as its keyed hash; the ruleset version and hash, the outcome, the rules
 * that fired and who asked, in the clear for search and reports. A decision is committed, whole and queued
 * for sealing, before its response is sent. When its retention period ends the personal content goes and
 * the rest stays: reading the decision then answers {@link ContentRemovedException}.
 */
@Repository
public class Decisions {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper mapper;
    private final PersonalContent personal;
    private final DecisionSealer sealer;

    Decisions(JdbcClient jdbc, JdbcTemplate batch, JsonMapper mapper, PersonalContent personal, DecisionSealer sealer) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.mapper = mapper;
        this.personal = personal;
        this.sealer = sealer;
    }

    @Transactional
    public void store(
            TriageDecisionDto decision, TriageRequestDto request, Map<String, Integer> firedRules, Caller caller) {
        UUID id = decision.getDecisionId();
        PersonalContent.Protected content = personal.protect(
                id, request.getChildRef(), mapper.writeValueAsString(request), mapper.writeValueAsString(decision));
        jdbc.sql("""
                INSERT INTO decision (decision_id, assessed_at, decided_at, ruleset_version, ruleset_sha256,
                                      risk_level, child_ref_hash, request_json, response_json, personal_sha256,
                                      fired_rules_json, caller_method, caller_name, local_authority, pathway,
                                      pre_mset_eligible, mset_panel_eligible)
                VALUES (:id, :assessedAt, :decidedAt, :version, :sha256, :riskLevel, :childRefHash, :request,
                        :response, :personalSha256, :firedRules, :callerMethod, :callerName, :localAuthority,
                        :pathway, :preMsetEligible, :msetPanelEligible)
                """)
                .param("id", id)
                .param("assessedAt", decision.getAssessedAt())
                .param("decidedAt", decision.getDecidedAt())
                .param("version", decision.getRuleset().getVersion())
                .param("sha256", decision.getRuleset().getSha256())
                .param("riskLevel", decision.getRiskLevel().getValue())
                .param("childRefHash", content.childRefHash())
                .param("request", content.request())
                .param("response", content.response())
                .param("personalSha256", content.sha256())
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
                        .map(rule -> new Object[] {id, rule.getKey(), rule.getValue()})
                        .toList());
        sealer.queue(id);
    }

    /** The decision as it was answered, if one is stored under the id. */
    public Optional<TriageDecisionDto> find(UUID decisionId) {
        return responseWhere(decisionId, "", Map.of());
    }

    /**
     * The decision as it was answered, if one is stored under the id and this caller asked for it. Any
     * other decision is simply not found, so a caller cannot tell another client's decision from none.
     */
    public Optional<TriageDecisionDto> findAskedFor(UUID decisionId, Caller caller) {
        return responseWhere(
                decisionId,
                " AND caller_method = :method AND caller_name = :name",
                Map.of("method", caller.method().name(), "name", caller.name()));
    }

    /** Whether this caller asked for the decision (the object-level check for case systems). */
    public boolean askedFor(UUID decisionId, Caller caller) {
        return jdbc.sql("SELECT COUNT(*) FROM decision WHERE decision_id = :id AND caller_method = :method"
                                + " AND caller_name = :name")
                        .param("id", decisionId)
                        .param("method", caller.method().name())
                        .param("name", caller.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The referral exactly as it was received, free text included; empty once its content is removed. */
    public Optional<TriageRequestDto> request(UUID decisionId) {
        return jdbc.sql("SELECT request_json FROM decision WHERE decision_id = :id AND request_json IS NOT NULL")
                .param("id", decisionId)
                .query(String.class)
                .optional()
                .map(stored -> mapper.readValue(personal.request(decisionId, stored), TriageRequestDto.class));
    }

    /** The ids of the decisions made in a period (either end open when null) still held whole, oldest first. */
    public List<UUID> decidedBetween(OffsetDateTime from, OffsetDateTime before) {
        return jdbc.sql("""
                SELECT decision_id FROM decision
                WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at >= :from)
                  AND (CAST(:before AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at < :before)
                  AND personal_removed_at IS NULL
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
                    String stored = row.getString("request_json");
                    if (stored == null) {
                        throw new ContentRemovedException(decisionId);
                    }
                    OffsetDateTime assessedAt = row.getObject("assessed_at", OffsetDateTime.class);
                    TriageRequestDto request =
                            mapper.readValue(personal.request(decisionId, stored), TriageRequestDto.class);
                    return ReferralMapper.toReferral(request)
                            .withDefaults(
                                    assessedAt != null
                                            ? assessedAt
                                            : row.getObject("decided_at", OffsetDateTime.class));
                })
                .single();
    }

    private Optional<TriageDecisionDto> responseWhere(UUID decisionId, String andWhere, Map<String, ?> params) {
        record Stored(String response) {}
        return jdbc.sql("SELECT response_json FROM decision WHERE decision_id = :id" + andWhere)
                .param("id", decisionId)
                .params(params)
                .query((row, n) -> new Stored(row.getString("response_json")))
                .optional()
                .map(stored -> {
                    if (stored.response() == null) {
                        throw new ContentRemovedException(decisionId);
                    }
                    return mapper.readValue(personal.response(decisionId, stored.response()), TriageDecisionDto.class);
                });
    }
}
