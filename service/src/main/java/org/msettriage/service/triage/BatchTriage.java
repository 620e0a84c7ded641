package org.msettriage.service.triage;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.msettriage.api.model.ProblemDto;
import org.msettriage.api.model.ProblemErrorDto;
import org.msettriage.api.model.TriageBatchItemDto;
import org.msettriage.api.model.TriageBatchItemDto.StatusEnum;
import org.msettriage.api.model.TriageBatchResultDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.rules.engine.TriageEngine;
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

    BatchTriage(ReferralValidation validation, Triage triage, DecisionMapper answer) {
        this.validation = validation;
        this.triage = triage;
        this.answer = answer;
    }

    TriageBatchResultDto run(List<BatchValidation.Item> items, OffsetDateTime now, TriageEngine engine, Caller caller) {
        TriageBatchItemDto[] results = new TriageBatchItemDto[items.size()];
        List<Integer> valid = new ArrayList<>();
        List<Triage.Received> received = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InvalidRequestException refused = refusal(items.get(i), i, now, engine);
            if (refused == null) {
                valid.add(i);
                received.add(items.get(i).received());
            } else {
                results[i] = new TriageBatchItemDto(i, StatusEnum.NUMBER_400).problem(invalid(refused));
            }
        }
        List<Triage.Stored<TriageDecisionDto>> stored = triage.decideAll(received, engine, now, caller, answer);
        for (int v = 0; v < valid.size(); v++) {
            int i = valid.get(v);
            Triage.Stored<TriageDecisionDto> outcome = stored.get(v);
            results[i] = result(i, outcome);
        }
        List<TriageBatchItemDto> all = List.of(results);
        return new TriageBatchResultDto(
                count(all, StatusEnum.NUMBER_201),
                count(all, StatusEnum.NUMBER_400),
                count(all, StatusEnum.NUMBER_503),
                count(all, StatusEnum.NUMBER_500),
                all);
    }

    private static TriageBatchItemDto result(int index, Triage.Stored<TriageDecisionDto> outcome) {
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
