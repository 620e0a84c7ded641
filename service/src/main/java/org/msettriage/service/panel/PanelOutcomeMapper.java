package org.msettriage.service.panel;

import java.util.List;
import org.msettriage.api.model.PanelExitReasonDto;
import org.msettriage.api.model.PanelLeadAgencyDto;
import org.msettriage.api.model.PanelOutcomeDto;
import org.msettriage.api.model.PanelOutcomeKindDto;
import org.msettriage.api.model.PanelOutcomeRequestDto;
import org.msettriage.api.model.PanelPlanActionDto;
import org.msettriage.api.model.PanelPlannedActionDto;
import org.msettriage.service.audit.PersonalContent;
import org.springframework.stereotype.Component;

/**
 * Outcomes as the contract gives them: to the coordinator's API, and in a subject access export, which
 * must hold what the panel decided about the child beside the decisions themselves.
 */
@Component
public class PanelOutcomeMapper {

    private final PanelOutcomes outcomes;
    private final PanelWords words;
    private final PersonalContent personal;

    PanelOutcomeMapper(PanelOutcomes outcomes, PanelWords words, PersonalContent personal) {
        this.outcomes = outcomes;
        this.words = words;
        this.personal = personal;
    }

    /** Every outcome recorded about the child, corrections included, oldest first. */
    public List<PanelOutcomeDto> aboutChild(String childRef) {
        return outcomes.aboutChild(personal.childRefHash(childRef)).stream()
                .map(this::dto)
                .toList();
    }

    /**
     * An outcome as the request gives it, its codes as words still to check. A field or action the body
     * reader refused and left out is null here.
     */
    static PanelHearings.Proposed proposed(PanelOutcomeRequestDto request) {
        return new PanelHearings.Proposed(
                request.getDecisionId(),
                request.getOutcome() == null ? null : request.getOutcome().getValue(),
                request.getPlan() == null
                        ? List.of()
                        : request.getPlan().stream()
                                .map(PanelOutcomeMapper::proposed)
                                .toList(),
                request.getReason(),
                request.getExitReason() == null ? null : request.getExitReason().getValue(),
                request.getExitText(),
                request.getCorrects());
    }

    private static PanelHearings.ProposedAction proposed(PanelPlanActionDto action) {
        return action == null
                ? null
                : new PanelHearings.ProposedAction(
                        action.getCode(),
                        action.getText(),
                        action.getLeadAgency() == null
                                ? null
                                : action.getLeadAgency().getValue(),
                        action.getDueBy());
    }

    /**
     * An outcome as the contract gives it; a catalogue action's title is that of the catalogue it was
     * chosen from (see {@link PanelWords#title}).
     */
    PanelOutcomeDto dto(PanelOutcome outcome) {
        return new PanelOutcomeDto()
                .outcomeId(outcome.outcomeId())
                .meetingId(outcome.meetingId())
                .meetingOn(outcome.meetingOn())
                .decisionId(outcome.decisionId())
                .revision(outcome.revision())
                .corrects(outcome.corrects())
                .correctedBy(outcome.correctedBy())
                .outcome(PanelOutcomeKindDto.valueOf(outcome.outcome().name()))
                .plan(outcome.details().plan().stream()
                        .map(action -> new PanelPlannedActionDto()
                                .code(action.code())
                                .title(words.title(outcome, action))
                                .leadAgency(PanelLeadAgencyDto.valueOf(action.leadAgency()))
                                .dueBy(action.dueBy()))
                        .toList())
                .reason(outcome.details().reason())
                .exitReason(
                        outcome.exitReason() == null
                                ? null
                                : PanelExitReasonDto.valueOf(
                                        outcome.exitReason().name()))
                .exitText(outcome.details().exitText())
                .recordedAt(outcome.recordedAt())
                .recordedBy(outcome.recordedBy());
    }
}
