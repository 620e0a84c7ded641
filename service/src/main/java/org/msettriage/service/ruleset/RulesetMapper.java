package org.msettriage.service.ruleset;

import java.time.OffsetDateTime;
import org.msettriage.api.model.ActivationProposalDto;
import org.msettriage.api.model.ActivationProposalsDto;
import org.msettriage.api.model.RulesetActivationDto;
import org.msettriage.api.model.RulesetFileEntryDto;
import org.msettriage.api.model.RulesetHistoryDto;
import org.msettriage.api.model.RulesetProblemDto;
import org.msettriage.api.model.RulesetRecordDto;
import org.msettriage.api.model.RulesetRefDto;
import org.msettriage.api.model.RulesetValidationDto;
import org.msettriage.api.model.RulesetWarningDto;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.engine.RulesetIdentity;
import org.springframework.stereotype.Component;

/** Turns kept rulesets and validations into the contract's records, beside the controllers that answer them. */
@Component
public class RulesetMapper {

    private final RulesetStore store;
    private final ActiveRuleset active;
    private final ShadowCandidate shadow;
    private final ActivationProposals proposals;

    RulesetMapper(RulesetStore store, ActiveRuleset active, ShadowCandidate shadow, ActivationProposals proposals) {
        this.proposals = proposals;
        this.store = store;
        this.active = active;
        this.shadow = shadow;
    }

    RulesetHistoryDto history() {
        RulesetHistoryDto history = new RulesetHistoryDto()
                .active(ref(active.engine().identity()))
                .rulesets(store.all().stream().map(this::record).toList());
        shadow.current().ifPresent(running -> history.shadow(ref(running.identity())));
        return history;
    }

    RulesetRecordDto record(RulesetStore.Kept kept) {
        return new RulesetRecordDto()
                .version(kept.version())
                .sha256(kept.sha256())
                .active(active.engine().identity().version().equals(kept.version()))
                .source(RulesetRecordDto.SourceEnum.fromValue(kept.source().name()))
                .registeredAt(kept.registeredAt())
                .registeredBy(kept.registeredBy())
                .files(store.fileEntries(kept.version()).stream()
                        .map(file -> new RulesetFileEntryDto()
                                .name(file.name())
                                .sha256(file.sha256())
                                .bytes(file.bytes()))
                        .toList())
                .activations(store.activations(kept.version()).stream()
                        .map(a -> new RulesetActivationDto()
                                .activatedAt(a.activatedAt())
                                .activatedBy(a.activatedBy())
                                .kind(RulesetActivationDto.KindEnum.fromValue(
                                        a.kind().name()))
                                .reason(a.reason())
                                .acceptedScenarioChanges(a.acceptedScenarioChanges())
                                .proposalId(a.proposalId())
                                .proposedBy(a.proposedBy()))
                        .toList());
    }

    ActivationProposalsDto proposals() {
        return new ActivationProposalsDto()
                .proposals(proposals.all().stream().map(this::proposal).toList());
    }

    ActivationProposalDto proposal(ActivationProposals.Proposal proposal) {
        ActivationProposals.State state = proposal.stateAt(OffsetDateTime.now());
        // Said only of a proposal still to be weighed: once reviewed, what served since is the history's.
        boolean awaitingReview = state == ActivationProposals.State.PENDING && proposal.proposedWhileServing() != null;
        return new ActivationProposalDto()
                .proposalId(proposal.id())
                .version(proposal.version())
                .state(ActivationProposalDto.StateEnum.fromValue(state.name()))
                .proposedAt(proposal.proposedAt())
                .proposedBy(proposal.proposedBy())
                .reason(proposal.reason())
                .acceptedScenarioChanges(proposal.acceptedScenarioChanges())
                .proposedWhileServing(proposal.proposedWhileServing())
                .servingChangedSince(
                        awaitingReview
                                ? proposal.servingChangedSince(
                                        active.engine().identity().version())
                                : null)
                .expiresAt(proposal.expiresAt())
                .reviewedAt(proposal.reviewedAt())
                .reviewedBy(proposal.reviewedBy())
                .reviewNote(proposal.reviewNote());
    }

    static RulesetValidationDto validation(RulesetValidation validation) {
        RulesetValidationDto dto = new RulesetValidationDto()
                .usable(validation.usable())
                .passed(validation.passed())
                .scenariosRun(validation.scenariosRun())
                .brokenScenarios(validation.brokenScenarios())
                .problems(validation.problems().stream()
                        .map(p -> new RulesetProblemDto()
                                .kind(RulesetProblemDto.KindEnum.fromValue(
                                        p.kind().name()))
                                .file(p.file())
                                .line(p.line())
                                .column(p.column())
                                .message(p.message()))
                        .toList())
                .warnings(validation.warnings().stream()
                        .map(w -> new RulesetWarningDto()
                                .kind(RulesetWarningDto.KindEnum.fromValue(
                                        w.kind().name()))
                                .file(w.file())
                                .line(w.line())
                                .message(w.message()))
                        .toList());
        if (validation.identity() != null) {
            dto.version(validation.identity().version())
                    .sha256(validation.identity().sha256());
        }
        return dto;
    }

    public static RulesetRefDto ref(RulesetIdentity identity) {
        return new RulesetRefDto().version(identity.version()).sha256(identity.sha256());
    }
}
