package org.msettriage.service.triage;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.msettriage.api.model.DecisionHistoryDto;
import org.msettriage.api.model.DecisionLinkDto;
import org.msettriage.api.model.EligibilityDto;
import org.msettriage.api.model.EligibilityReasonDto;
import org.msettriage.api.model.ExplanationDto;
import org.msettriage.api.model.ExplanationReasonDto;
import org.msettriage.api.model.ExploitationTypeDto;
import org.msettriage.api.model.IndicatorUsedDto;
import org.msettriage.api.model.InformationQuestionDto;
import org.msettriage.api.model.LegacyRiskLevelDto;
import org.msettriage.api.model.OverrideDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.RecencyDto;
import org.msettriage.api.model.RecommendedActionDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.api.model.RulesetRefDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.WarningDto;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.links.History;
import org.msettriage.rules.links.Link;
import org.msettriage.rules.referral.Referral;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/** Turns the rules' assessment into the contract's decision, and that into the JSON stored and answered. */
@Component
final class DecisionMapper implements Triage.Answer<TriageDecisionDto> {

    private final ObjectWriter rendered;

    DecisionMapper(JsonMapper json) {
        this.rendered = json.writerFor(TriageDecisionDto.class);
    }

    @Override
    public TriageDecisionDto of(Triage.Assessed assessed) {
        return fill(
                new Answered(),
                assessed.decisionId(),
                assessed.decidedAt(),
                assessed.referral(),
                assessed.assessment());
    }

    /**
     * The JSON stored, written once: the answer sent is then these very characters ({@link Answered}), so the
     * call does not write the same document a second time and what is answered is what is stored.
     */
    @Override
    public String json(TriageDecisionDto decision) {
        // Written as the contract's decision, not as its runtime class, whose serializer sends the text.
        String written = rendered.writeValueAsString(decision);
        if (decision instanceof Answered answered) {
            answered.written = written;
        }
        return written;
    }

    /**
     * A decision stored earlier, sent again as the very text stored (an idempotent retry's answer): reading it
     * into the model and writing it out again would cost a parse and a write, and could only differ from it.
     */
    static TriageDecisionDto asStored(String storedJson) {
        Answered answered = new Answered();
        answered.written = storedJson;
        return answered;
    }

    private static TriageDecisionDto fill(
            TriageDecisionDto into, UUID decisionId, OffsetDateTime decidedAt, Referral referral, RiskAssessment a) {
        return into.decisionId(decisionId)
                .referralId(referral.referralId())
                .childRef(referral.childRef())
                .assessedAt(referral.assessedAt())
                .decidedAt(decidedAt)
                .ruleset(new RulesetRefDto()
                        .version(a.ruleset().version())
                        .sha256(a.ruleset().sha256()))
                .score(a.score())
                .categoryScores(new LinkedHashMap<>(a.categoryScores()))
                .scoreLevel(RiskLevelDto.valueOf(a.scoreLevel().name()))
                .riskLevel(RiskLevelDto.valueOf(a.riskLevel().name()))
                .legacyRiskLevel(LegacyRiskLevelDto.valueOf(a.legacyRiskLevel()))
                .exploitationTypes(a.exploitationTypes().stream()
                        .map(ExploitationTypeDto::valueOf)
                        .toList())
                .indicatorsUsed(a.indicatorsUsed().stream()
                        .map(u -> new IndicatorUsedDto()
                                .code(u.code())
                                .recency(RecencyDto.valueOf(u.recency()))
                                .derived(u.derived())
                                .points(u.points()))
                        .toList())
                .overrides(a.overrides().stream()
                        .map(o -> new OverrideDto()
                                .code(o.code())
                                .raised(o.raised())
                                .text(o.text()))
                        .toList())
                .pathway(PathwayDto.valueOf(a.pathway()))
                .preMset(eligibility(a.preMset()))
                .msetPanel(eligibility(a.msetPanel()))
                .actions(a.actions().stream().map(DecisionMapper::action).toList())
                .insufficientInformation(a.insufficientInformation().stream()
                        .map(q -> new InformationQuestionDto().field(q.field()).question(q.question()))
                        .toList())
                .explanation(new ExplanationDto()
                        .summary(a.summary())
                        .reasons(a.reasons().stream()
                                .map(r -> new ExplanationReasonDto()
                                        .ruleId(r.ruleId())
                                        .text(r.text())
                                        .codes(r.codes())
                                        .points(r.points()))
                                .toList()))
                .warnings(a.warnings().stream()
                        .map(w -> new WarningDto().code(w.code()).text(w.text()))
                        .toList())
                .links(a.links().stream().map(DecisionMapper::link).toList())
                .history(a.history() == null ? null : history(a.history()));
    }

    private static DecisionLinkDto link(Link link) {
        return new DecisionLinkDto()
                .kind(DecisionLinkDto.KindEnum.valueOf(link.kind().name()))
                .field(link.field())
                .otherChildren(link.otherChildren())
                .otherReferrals(link.otherReferrals())
                .localAuthorities(link.localAuthorities());
    }

    private static DecisionHistoryDto history(History history) {
        return new DecisionHistoryDto()
                .earlierDecisions(history.earlierDecisions())
                .latestRiskLevel(
                        history.hasLatest()
                                ? RiskLevelDto.valueOf(history.latestRiskLevel().name())
                                : null)
                .latestAssessedAt(history.hasLatest() ? history.latestAssessedAt() : null);
    }

    private static EligibilityDto eligibility(RiskAssessment.Eligibility eligibility) {
        return new EligibilityDto()
                .eligible(eligibility.eligible())
                .reasons(eligibility.reasons().stream()
                        .map(r -> new EligibilityReasonDto().code(r.code()).text(r.text()))
                        .toList());
    }

    private static RecommendedActionDto action(RiskAssessment.RecommendedAction action) {
        return new RecommendedActionDto()
                .code(action.code())
                .title(action.title())
                .leadAgency(action.leadAgency())
                .timescale(action.timescale())
                .dueBy(action.dueBy())
                .overdue(action.overdue())
                .because(action.because())
                .legalBasis(action.legalBasis());
    }

    /**
     * A decision together with the JSON stored for it. Sent as that text, unchanged: writing the document
     * again for the response cost as much as writing it for the store (about 4 % of a triage call's CPU).
     */
    @JsonSerialize(using = AsWritten.class)
    static final class Answered extends TriageDecisionDto {
        // Set once by json(), before the answer leaves the triage; null only if it never was.
        private String written;
    }

    /** Sends an {@link Answered} decision as the JSON stored for it. */
    static final class AsWritten extends ValueSerializer<Answered> {
        @Override
        public void serialize(Answered value, JsonGenerator generator, SerializationContext context) {
            if (value.written == null) {
                // Never stored, so never answered; written out in full rather than sent as nothing.
                context.findRootValueSerializer(TriageDecisionDto.class).serialize(value, generator, context);
                return;
            }
            generator.writeRawValue(value.written);
        }
    }
}
