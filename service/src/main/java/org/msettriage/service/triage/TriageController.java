package org.msettriage.service.triage;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.msettriage.api.TriageApi;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/triage: evaluate a validated referral, store the decision durably, then answer it. */
@RestController
class TriageController implements TriageApi {

    private final ActiveRuleset ruleset;
    private final ReferralValidation validation;
    private final Triage triage;
    private final DecisionMapper answer;
    private final JsonMapper json;

    TriageController(
            ActiveRuleset ruleset,
            ReferralValidation validation,
            Triage triage,
            DecisionMapper answer,
            JsonMapper json) {
        this.ruleset = ruleset;
        this.validation = validation;
        this.triage = triage;
        this.answer = answer;
        this.json = json;
    }

    @Override
    public ResponseEntity<TriageDecisionDto> triage(TriageRequestDto request) {
        // Taken once and passed on: the referral is checked against, and decided on, one ruleset at one time.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TriageEngine engine = ruleset.engine();
        validation.recheck(request, now, engine);
        TriageDecisionDto decision = triage.decide(
                ReferralMapper.toReferral(request),
                json.writeValueAsString(request),
                engine,
                now,
                Caller.current(),
                answer);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/decisions/{id}")
                .buildAndExpand(decision.getDecisionId())
                .toUri();
        return ResponseEntity.created(location).body(decision);
    }
}
