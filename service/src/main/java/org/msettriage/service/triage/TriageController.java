package org.msettriage.service.triage;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.TriageApi;
import org.msettriage.api.model.TriageBatchRequestDto;
import org.msettriage.api.model.TriageBatchResultDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.decision.IdempotencyKey;
import org.msettriage.service.decision.IdempotencyKeys;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.problem.IdempotencyKeyReusedException;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.security.Caller;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/triage: evaluate a validated referral, store the decision durably, then answer it; with an
 * Idempotency-Key, a retry gets the decision its first call made.
 */
@RestController
class TriageController implements TriageApi {

    static final String REPLAYED = "Idempotent-Replayed";

    private final ActiveRuleset ruleset;
    private final ReferralValidation validation;
    private final Triage triage;
    private final DecisionMapper answer;
    private final JsonMapper json;
    private final IdempotencyKeys keys;
    private final EarlierDecisions earlierDecisions;
    private final BatchTriage batch;
    private final MsetMetrics metrics;

    TriageController(
            ActiveRuleset ruleset,
            ReferralValidation validation,
            Triage triage,
            DecisionMapper answer,
            JsonMapper json,
            IdempotencyKeys keys,
            EarlierDecisions earlierDecisions,
            BatchTriage batch,
            MsetMetrics metrics) {
        this.ruleset = ruleset;
        this.validation = validation;
        this.triage = triage;
        this.answer = answer;
        this.json = json;
        this.keys = keys;
        this.earlierDecisions = earlierDecisions;
        this.batch = batch;
        this.metrics = metrics;
    }

    @Override
    public ResponseEntity<TriageDecisionDto> triage(TriageRequestDto request, String idempotencyKey) {
        Timer.Sample sample = Timer.start();
        try {
            return decide(request, idempotencyKey);
        } finally {
            sample.stop(metrics.triage());
        }
    }

    private ResponseEntity<TriageDecisionDto> decide(TriageRequestDto request, String idempotencyKey) {
        // Taken once and passed on: the referral is checked against, and decided on, one ruleset at one time.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TriageEngine engine = ruleset.engine();
        validation.recheck(request, now, engine);
        String requestJson = json.writeValueAsString(request);
        Caller caller = Caller.current();
        IdempotencyKey key = idempotencyKey == null ? null : keys.of(caller, checked(idempotencyKey), requestJson);
        if (key != null) {
            // A retry of a committed call is answered from the store without deciding again.
            Optional<IdempotencyKeys.Earlier> earlier = keys.earlier(key, now);
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
        }
        Triage.Outcome<TriageDecisionDto> outcome =
                triage.decide(ReferralMapper.toReferral(request), requestJson, engine, now, caller, key, answer);
        if (outcome.earlier() != null) {
            return replay(outcome.earlier());
        }
        TriageDecisionDto decision = outcome.answer();
        return ResponseEntity.created(location(decision.getDecisionId())).body(decision);
    }

    @Override
    public ResponseEntity<TriageBatchResultDto> triageBatch(
            TriageBatchRequestDto readByTheAdvice, String idempotencyKey) {
        // The body's referrals were read (each valid or refused on its own), and the key checked, by
        // BatchBodyAdvice.
        List<BatchValidation.Item> items = BatchBodyAdvice.items();
        metrics.batchCall(items.size());
        return ResponseEntity.ok(batch.run(
                items,
                OffsetDateTime.now(ZoneOffset.UTC),
                ruleset.engine(),
                Caller.current(),
                idempotencyKey == null ? null : checked(idempotencyKey)));
    }

    /** The earlier decision a key names, as first answered (200, Idempotent-Replayed), or 422 for another body. */
    private ResponseEntity<TriageDecisionDto> replay(IdempotencyKeys.Earlier earlier) {
        if (!earlier.sameRequest()) {
            throw new IdempotencyKeyReusedException();
        }
        metrics.replayed("single", 1);
        return ResponseEntity.ok()
                .location(location(earlier.decisionId()))
                .header(REPLAYED, "true")
                .body(DecisionMapper.asStored(earlierDecisions.one(earlier.decisionId())));
    }

    /**
     * The header as the contract bounds it; Boot's method validation is off, so it is checked here, as the body
     * advice checked it already (naming it with the body's problems).
     */
    private static String checked(String key) {
        HttpServletRequest call =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        List<ParameterProblem> problems =
                IdempotencyKeyHeader.problems(Collections.list(call.getHeaders(IdempotencyKeyHeader.NAME)));
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return key;
    }

    /**
     * A relative reference (RFC 9110, section 10.2.2), never built from the request's Host header, which a
     * caller or a proxy can set to any name: a client following it would send its key there.
     */
    private static URI location(UUID decisionId) {
        return ServiceAddress.of("/api/v1/decisions/" + decisionId);
    }
}
