package org.msettriage.service.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.msettriage.api.FeedbackApi;
import org.msettriage.api.model.FeedbackDto;
import org.msettriage.api.model.FeedbackOutcomeDto;
import org.msettriage.api.model.FeedbackRequestDto;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/decisions/{decisionId}/feedback: a case system's response to a decision it asked for
 * (once the retention period has removed the decision's content, 410: {@link Feedbacks#add} checks it).
 * Any other decision is "not found" to it, as for reading. An override must say why, by code and in words.
 */
@RestController
class FeedbackController implements FeedbackApi {

    private final Decisions decisions;
    private final Feedbacks feedbacks;

    FeedbackController(Decisions decisions, Feedbacks feedbacks) {
        this.decisions = decisions;
        this.feedbacks = feedbacks;
    }

    @Override
    public ResponseEntity<FeedbackDto> giveFeedback(UUID decisionId, FeedbackRequestDto request) {
        List<FieldProblem> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Caller caller = Caller.current();
        if (!decisions.askedFor(decisionId, caller)) {
            throw new NotFoundException("No decision stored has this id.");
        }
        Feedback added = feedbacks.add(
                decisionId,
                request.getOutcome().getValue(),
                request.getReasonCode() == null ? null : request.getReasonCode().getValue(),
                request.getComment(),
                caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(FeedbackMapper.toDto(added));
    }

    /** The rules between fields: an override needs a reason code and a comment; an acceptance no code. */
    private static List<FieldProblem> problems(FeedbackRequestDto request) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean blankComment = FreeText.isBlank(request.getComment());
        if (request.getOutcome() == FeedbackOutcomeDto.OVERRIDDEN) {
            if (request.getReasonCode() == null) {
                problems.add(new FieldProblem("/reasonCode", "is required when the decision was overridden"));
            }
            if (blankComment) {
                problems.add(new FieldProblem("/comment", "is required when the decision was overridden"));
            }
        } else if (request.getOutcome() == FeedbackOutcomeDto.ACCEPTED && request.getReasonCode() != null) {
            problems.add(new FieldProblem("/reasonCode", "is only given when the decision was overridden"));
        }
        return problems;
    }
}
