package org.msettriage.service.triage;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.api.model.ProblemDto;
import org.msettriage.api.model.ProblemErrorDto;
import org.msettriage.api.model.TriageBatchItemDto;
import org.msettriage.api.model.TriageBatchItemDto.StatusEnum;
import org.msettriage.api.model.TriageBatchResultDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.decision.Decisions;
import org.msettriage.service.decision.IdempotencyKeys;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.ProblemTypes;
import org.msettriage.service.security.Caller;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.stereotype.Component;

/**
 * POST /api/v1/triage/batch: the valid referrals of a batch are decided and stored together, sharing
 * commits, and each referral gets the result a single call would have given it, in the order sent (but
 * for the referrals a batch no longer decides once the rules overran on two of its others: see
 * Triage#decideAll). Web edge: it answers in the contract's models.
 */
@Component
class BatchTriage {

    // An item's problem names the operation as every problem the service sends does (the contract's
    // Problem); where in the batch it is, its errors' pointers say.
    private static final String OPERATION = "/api/v1/triage/batch";

    private final ReferralValidation validation;
    private final Triage triage;
    private final DecisionMapper answer;
    private final IdempotencyKeys keys;
    private final Decisions decisions;

    BatchTriage(
            ReferralValidation validation,
            Triage triage,
            DecisionMapper answer,
            IdempotencyKeys keys,
            Decisions decisions) {
        this.validation = validation;
        this.triage = triage;
        this.answer = answer;
        this.keys = keys;
        this.decisions = decisions;
    }

    /**
     * Decides the batch's valid referrals and answers one result per referral. With an Idempotency-Key
     * (null without one), each referral is keyed by the key and its place: one stored before under that
     * key gets its earlier decision instead of being decided again.
     */
    TriageBatchResultDto run(
            List<BatchValidation.Item> items,
            OffsetDateTime now,
            TriageEngine engine,
            Caller caller,
            String idempotencyKey) {
        TriageBatchItemDto[] results = new TriageBatchItemDto[items.size()];
        Map<Integer, Triage.Received> valid = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            InvalidRequestException refused = refusal(items.get(i), i, now, engine);
            if (refused == null) {
                Triage.Received received = items.get(i).received();
                valid.put(
                        i,
                        idempotencyKey == null
                                ? received
                                : received.keyed(keys.ofBatchItem(caller, idempotencyKey, i, received.requestJson())));
            } else {
                results[i] = new TriageBatchItemDto(i, StatusEnum.NUMBER_400).problem(invalid(refused));
            }
        }
        if (idempotencyKey != null) {
            // A batch sent again is answered, referral by referral, from what its first call stored.
            Map<String, IdempotencyKeys.Earlier> earlier = keys.earlier(
                    valid.values().stream().map(Triage.Received::key).toList(), now);
            valid.entrySet().removeIf(item -> {
                IdempotencyKeys.Earlier named =
                        earlier.get(item.getValue().key().keyHash());
                if (named != null) {
                    results[item.getKey()] = replayed(item.getKey(), named);
                }
                return named != null;
            });
        }
        List<Integer> decided = List.copyOf(valid.keySet());
        List<Triage.Stored<TriageDecisionDto>> stored =
                triage.decideAll(List.copyOf(valid.values()), engine, now, caller, answer);
        for (int v = 0; v < decided.size(); v++) {
            int i = decided.get(v);
            results[i] = result(i, stored.get(v));
        }
        List<TriageBatchItemDto> all = List.of(results);
        return new TriageBatchResultDto(
                count(all, StatusEnum.NUMBER_201),
                count(all, StatusEnum.NUMBER_200),
                count(all, StatusEnum.NUMBER_400) + count(all, StatusEnum.NUMBER_422),
                count(all, StatusEnum.NUMBER_503),
                count(all, StatusEnum.NUMBER_500),
                all);
    }

    private TriageBatchItemDto result(int index, Triage.Stored<TriageDecisionDto> outcome) {
        if (outcome.earlier() != null) {
            // Stored meanwhile by another call with the same key (a retry racing the first).
            return replayed(index, outcome.earlier());
        }
        if (outcome.failure() == null) {
            return new TriageBatchItemDto(index, StatusEnum.NUMBER_201).decision(outcome.answer());
        }
        if (outcome.failure() instanceof RulesOverranException overran) {
            int status = RulesOverranResponses.status(overran).value();
            return new TriageBatchItemDto(index, StatusEnum.fromValue(status))
                    .problem(new ProblemDto(ProblemTypes.RULES_OVERRAN.toString(), RulesOverranResponses.TITLE, status)
                            .detail(RulesOverranResponses.detail(overran))
                            .instance(ServiceAddress.of(OPERATION).toString()));
        }
        return new TriageBatchItemDto(index, StatusEnum.NUMBER_503).problem(unavailable());
    }

    /**
     * Why the item is refused, or null when it is not; a valid one is checked again on the ruleset and
     * time it is decided with.
     */
    private InvalidRequestException refusal(
            BatchValidation.Item item, int index, OffsetDateTime now, TriageEngine engine) {
        if (!item.problems().isEmpty()) {
            return new InvalidRequestException(item.problems(), item.problemsFound());
        }
        try {
            validation.recheck(item.request(), now, engine);
            return null;
        } catch (InvalidRequestException e) {
            String at = FieldProblem.item("/" + BatchValidation.REFERRALS, index);
            return new InvalidRequestException(
                    e.problems().stream()
                            .map(p -> new FieldProblem(at + p.pointer(), p.message()))
                            .toList(),
                    e.found());
        }
    }

    /** The decision an earlier call stored for this place and key (200), or 422 when it held other content. */
    private TriageBatchItemDto replayed(int index, IdempotencyKeys.Earlier earlier) {
        if (!earlier.sameRequest()) {
            return new TriageBatchItemDto(index, StatusEnum.NUMBER_422)
                    .problem(new ProblemDto(
                                    ProblemTypes.IDEMPOTENCY_KEY_REUSED.toString(),
                                    "The Idempotency-Key was used for a different request",
                                    422)
                            .detail("This Idempotency-Key was sent within the last 24 hours with another referral at"
                                    + " this place of the batch; nothing was stored for this one. Use a new key for a"
                                    + " new batch.")
                            .instance(ServiceAddress.of(OPERATION).toString()));
        }
        String stored = decisions
                .find(earlier.decisionId())
                .orElseThrow(() -> new IllegalStateException("An idempotency key names a decision that is not stored"));
        return new TriageBatchItemDto(index, StatusEnum.NUMBER_200).decision(DecisionMapper.asStored(stored));
    }

    private static int count(List<TriageBatchItemDto> results, StatusEnum status) {
        return (int) results.stream().filter(r -> r.getStatus() == status).count();
    }

    private static ProblemDto invalid(InvalidRequestException refused) {
        return new ProblemDto(ProblemTypes.INVALID_REQUEST.toString(), "The referral is not valid", 400)
                .detail(refused.detail("this referral was not stored"))
                .instance(ServiceAddress.of(OPERATION).toString())
                .errors(refused.problems().stream()
                        .map(p -> new ProblemErrorDto(p.message()).pointer(p.pointer()))
                        .toList());
    }

    private static ProblemDto unavailable() {
        return new ProblemDto(ProblemTypes.STORE_UNAVAILABLE.toString(), "The decision store is unavailable", 503)
                .detail("This referral's decision could not be stored; nothing was stored for it. Send it again.")
                .instance(ServiceAddress.of(OPERATION).toString());
    }
}
