package org.msettriage.service.triage;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.msettriage.api.model.ProblemDto;
import org.msettriage.api.model.ProblemErrorDto;
import org.msettriage.api.model.TriageBatchItemDto;
import org.msettriage.api.model.TriageBatchItemDto.StatusEnum;
import org.msettriage.api.model.TriageBatchResultDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.decision.IdempotencyKeys;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.IdempotencyKeyReusedException;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.ProblemTypes;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.StoreFaults;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

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
    private static final String STORE_UNAVAILABLE = "The decision store is unavailable";

    private final ReferralValidation validation;
    private final Triage triage;
    private final DecisionMapper answer;
    private final IdempotencyKeys keys;
    private final EarlierDecisions earlierDecisions;
    private final StoreFaults faults;
    private final MsetMetrics metrics;

    BatchTriage(
            ReferralValidation validation,
            Triage triage,
            DecisionMapper answer,
            IdempotencyKeys keys,
            EarlierDecisions earlierDecisions,
            StoreFaults faults,
            MsetMetrics metrics) {
        this.validation = validation;
        this.triage = triage;
        this.answer = answer;
        this.keys = keys;
        this.earlierDecisions = earlierDecisions;
        this.faults = faults;
        this.metrics = metrics;
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
        // The places an earlier call with this key stored: found before deciding, or (a resend racing the
        // first) when the writer finds the key inside its transaction.
        Map<Integer, IdempotencyKeys.Earlier> earlier = new LinkedHashMap<>();
        if (idempotencyKey != null) {
            Map<String, IdempotencyKeys.Earlier> named = keys.earlier(
                    valid.values().stream().map(Triage.Received::key).toList(), now);
            valid.forEach((i, received) -> {
                IdempotencyKeys.Earlier found = named.get(received.key().keyHash());
                if (found != null) {
                    earlier.put(i, found);
                }
            });
            valid.keySet().removeAll(earlier.keySet());
        }
        List<Integer> decided = List.copyOf(valid.keySet());
        List<Triage.Stored<TriageDecisionDto>> stored =
                triage.decideAll(List.copyOf(valid.values()), engine, now, caller, answer);
        for (int v = 0; v < decided.size(); v++) {
            int i = decided.get(v);
            Triage.Stored<TriageDecisionDto> outcome = stored.get(v);
            if (outcome.earlier() != null) {
                earlier.put(i, outcome.earlier());
            } else {
                results[i] = result(i, outcome);
            }
        }
        answerFromEarlierCalls(earlier, results);
        List<TriageBatchItemDto> all = List.of(results);
        return new TriageBatchResultDto(
                count(all, StatusEnum.NUMBER_201),
                count(all, StatusEnum.NUMBER_200),
                count(all, StatusEnum.NUMBER_400) + count(all, StatusEnum.NUMBER_422),
                count(all, StatusEnum.NUMBER_503),
                count(all, StatusEnum.NUMBER_500),
                all);
    }

    /**
     * Each place an earlier call's key names: its decision as first answered (200, all read together), or 422
     * when that call sent other content there. Decisions this call stored may be committed by now, so a
     * failure to read is a 503 for the places read, not for the whole call (which would say nothing was
     * stored).
     */
    private void answerFromEarlierCalls(Map<Integer, IdempotencyKeys.Earlier> earlier, TriageBatchItemDto[] results) {
        Map<Integer, UUID> replayed = new LinkedHashMap<>();
        earlier.forEach((i, named) -> {
            if (named.sameRequest()) {
                replayed.put(i, named.decisionId());
            } else {
                results[i] = new TriageBatchItemDto(i, StatusEnum.NUMBER_422).problem(reused());
            }
        });
        if (replayed.isEmpty()) {
            return;
        }
        Map<UUID, String> answers;
        try {
            answers = earlierDecisions.all(List.copyOf(replayed.values()));
        } catch (DataAccessException | TransactionException e) {
            faults.failed(e);
            replayed.keySet()
                    .forEach(i ->
                            results[i] = new TriageBatchItemDto(i, StatusEnum.NUMBER_503).problem(earlierUnreadable()));
            return;
        }
        replayed.forEach((i, decisionId) -> results[i] = new TriageBatchItemDto(i, StatusEnum.NUMBER_200)
                .decision(DecisionMapper.asStored(answers.get(decisionId))));
        metrics.replayed("batch", replayed.size());
    }

    private static TriageBatchItemDto result(int index, Triage.Stored<TriageDecisionDto> outcome) {
        if (outcome.failure() == null) {
            return new TriageBatchItemDto(index, StatusEnum.NUMBER_201).decision(outcome.answer());
        }
        if (outcome.failure() instanceof RulesOverranException overran) {
            int status = RulesOverranResponses.status(overran).value();
            return new TriageBatchItemDto(index, StatusEnum.fromValue(status))
                    .problem(problem(
                            ProblemTypes.RULES_OVERRAN,
                            RulesOverranResponses.TITLE,
                            status,
                            RulesOverranResponses.detail(overran)));
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

    private static int count(List<TriageBatchItemDto> results, StatusEnum status) {
        return (int) results.stream().filter(r -> r.getStatus() == status).count();
    }

    private static ProblemDto invalid(InvalidRequestException refused) {
        return problem(
                        ProblemTypes.INVALID_REQUEST,
                        "The referral is not valid",
                        400,
                        refused.detail("this referral was not stored"))
                .errors(refused.problems().stream()
                        .map(p -> new ProblemErrorDto(p.message()).pointer(p.pointer()))
                        .toList());
    }

    private static ProblemDto reused() {
        return problem(
                ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                IdempotencyKeyReusedException.TITLE,
                422,
                "This Idempotency-Key was sent within the last 24 hours with another referral at this place of the"
                        + " batch; nothing was stored for this one. Use a new key for a new batch.");
    }

    private static ProblemDto earlierUnreadable() {
        return problem(
                ProblemTypes.STORE_UNAVAILABLE,
                STORE_UNAVAILABLE,
                503,
                "This referral was stored by an earlier call with this Idempotency-Key, and its decision could not be"
                        + " read just now; nothing new was stored for it. Send the batch again with the same key.");
    }

    private static ProblemDto unavailable() {
        return problem(
                ProblemTypes.STORE_UNAVAILABLE,
                STORE_UNAVAILABLE,
                503,
                "This referral's decision could not be stored; nothing was stored for it. Send it again.");
    }

    /** An item's problem, naming the batch operation as every problem the service sends names its own. */
    private static ProblemDto problem(URI type, String title, int status, String detail) {
        return new ProblemDto(type.toString(), title, status)
                .detail(detail)
                .instance(ServiceAddress.of(OPERATION).toString());
    }
}
