package org.msettriage.service.decision;

import org.msettriage.api.model.FeedbackDto;
import org.msettriage.api.model.FeedbackOutcomeDto;
import org.msettriage.api.model.OverrideReasonDto;

/** Turns stored feedback into the contract's model. */
final class FeedbackMapper {

    private FeedbackMapper() {}

    static FeedbackDto toDto(Feedback feedback) {
        return new FeedbackDto()
                .feedbackId(feedback.feedbackId())
                .decisionId(feedback.decisionId())
                .outcome(FeedbackOutcomeDto.fromValue(feedback.outcome()))
                .reasonCode(feedback.reasonCode() == null ? null : OverrideReasonDto.fromValue(feedback.reasonCode()))
                .comment(feedback.comment())
                .recordedAt(feedback.recordedAt())
                .recordedBy(feedback.recordedBy());
    }
}
