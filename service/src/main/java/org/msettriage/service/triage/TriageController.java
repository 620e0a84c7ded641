package org.msettriage.service.triage;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.msettriage.api.TriageApi;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.decision.DecisionIds;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.decision.NewDecision;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.security.Caller;
import org.msettriage.service.shadow.ShadowRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/triage: evaluate a validated referral, store the decision durably, then answer it. */
@RestController
class TriageController implements TriageApi {

    private static final Logger log = LoggerFactory.getLogger(TriageController.class);

    private final ActiveRuleset ruleset;
    private final Decisions decisions;
    private final RequestTime requestTime;

    private final ShadowRunner shadow;
    private final JsonMapper json;

    TriageController(
            ActiveRuleset ruleset, Decisions decisions, RequestTime requestTime, ShadowRunner shadow, JsonMapper json) {
        this.json = json;
        this.ruleset = ruleset;
        this.decisions = decisions;
        this.requestTime = requestTime;
        this.shadow = shadow;
    }

    @Override
    public ResponseEntity<TriageDecisionDto> triage(TriageRequestDto request) {
        OffsetDateTime now = requestTime.get();
        Referral referral = ReferralMapper.toReferral(request).withDefaults(now);
        RiskAssessment assessment = ruleset.engine().assess(referral);
        UUID decisionId = DecisionIds.next();
        TriageDecisionDto decision = DecisionMapper.toDecision(
                decisionId, OffsetDateTime.now(now.getOffset()).truncatedTo(ChronoUnit.MILLIS), referral, assessment);
        Caller caller = Caller.current();
        decisions.store(new NewDecision(
                decisionId,
                decision.getAssessedAt(),
                decision.getDecidedAt(),
                decision.getRuleset().getVersion(),
                decision.getRuleset().getSha256(),
                decision.getRiskLevel().getValue(),
                decision.getPathway().getValue(),
                decision.getPreMset().getEligible(),
                decision.getMsetPanel().getEligible(),
                request.getLocalAuthority() == null
                        ? null
                        : request.getLocalAuthority().getValue(),
                request.getChildRef(),
                json.writeValueAsString(request),
                json.writeValueAsString(decision),
                assessment.firedRules(),
                caller));
        // After the store, so a candidate in shadow never delays or changes what the caller gets.
        shadow.compare(decisionId, referral, assessment);
        // Ids, level, ruleset and client only: nothing about the child reaches the logs.
        log.info(
                "Decision {} stored for {}: risk level {}, ruleset {}",
                decisionId,
                caller.name(),
                decision.getRiskLevel(),
                assessment.ruleset().version());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/decisions/{id}")
                .buildAndExpand(decisionId)
                .toUri();
        return ResponseEntity.created(location).body(decision);
    }
}
