package org.msettriage.service.decision;

import java.util.List;
import org.msettriage.api.model.DecisionAccessDto;
import org.msettriage.api.model.DecisionRecordDto;
import org.msettriage.api.model.DecisionSummaryDto;
import org.msettriage.api.model.FeedbackOutcomeDto;
import org.msettriage.api.model.FiredRuleDto;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.RecordIntegrityDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.api.model.RulesetRefDto;
import org.msettriage.api.model.SubjectAccessExportDto;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.api.model.TriageRequestDto;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.RecordIntegrity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored decisions, their summaries and their reads into the contract's models, for the API's
 * controllers and the auditors' pages alike. The stored JSON is parsed only here.
 */
@Component
public class DecisionRecordMapper {

    private final JsonMapper json;

    DecisionRecordMapper(JsonMapper json) {
        this.json = json;
    }

    /** The decision as it was answered, from the JSON stored. */
    public TriageDecisionDto decision(String decisionJson) {
        return json.readValue(decisionJson, TriageDecisionDto.class);
    }

    /** What a list of decisions shows of one: its referral reference and its summary, from the JSON stored. */
    public record Glance(String referralId, String summary) {}

    public Glance glance(String decisionJson) {
        TriageDecisionDto decision = decision(decisionJson);
        return new Glance(
                decision.getReferralId(),
                decision.getExplanation() == null
                        ? null
                        : decision.getExplanation().getSummary());
    }

    public DecisionRecordDto record(DecisionRecord record) {
        DecisionSummaryDto summary = summary(record.summary());
        TriageDecisionDto answered = record.decisionJson() == null ? null : decision(record.decisionJson());
        List<String> changed = record.integrity().state() == RecordIntegrity.State.CHANGED && answered != null
                ? SealedFieldsMapper.differing(summary, answered)
                : List.of();
        return new DecisionRecordDto()
                .summary(summary)
                .decision(answered)
                .referral(
                        record.referralJson() == null
                                ? null
                                : json.readValue(record.referralJson(), TriageRequestDto.class))
                .feedback(record.feedback().stream().map(FeedbackMapper::toDto).toList())
                .firedRules(record.firedRules().entrySet().stream()
                        .map(rule -> new FiredRuleDto().ruleId(rule.getKey()).firings(rule.getValue()))
                        .toList())
                .views(record.views().stream().map(DecisionRecordMapper::access).toList())
                .integrity(new RecordIntegrityDto()
                        .state(RecordIntegrityDto.StateEnum.fromValue(
                                record.integrity().state().name()))
                        .position(record.integrity().position())
                        .sealedAt(record.integrity().sealedAt())
                        .detail(
                                changed.isEmpty()
                                        ? record.integrity().detail()
                                        : record.integrity().detail() + " Stored fields that differ from the"
                                                + " decision as answered: " + String.join(", ", changed) + ".")
                        .changedFields(changed));
    }

    public SubjectAccessExportDto export(DecisionRecord.Export export) {
        return new SubjectAccessExportDto()
                .childRef(export.childRef())
                .generatedAt(export.generatedAt())
                .generatedBy(export.generatedBy())
                .decisions(export.decisions().stream().map(this::record).toList());
    }

    public static DecisionSummaryDto summary(DecisionSummary s) {
        return new DecisionSummaryDto()
                .decisionId(s.decisionId())
                .decidedAt(s.decidedAt())
                .assessedAt(s.assessedAt())
                .ruleset(new RulesetRefDto().version(s.rulesetVersion()).sha256(s.rulesetSha256()))
                .riskLevel(RiskLevelDto.fromValue(s.riskLevel()))
                .pathway(s.pathway() == null ? null : PathwayDto.fromValue(s.pathway()))
                .preMsetEligible(s.preMsetEligible())
                .msetPanelEligible(s.msetPanelEligible())
                .localAuthority(s.localAuthority() == null ? null : LocalAuthorityDto.fromValue(s.localAuthority()))
                .requestedBy(s.requestedBy())
                .personalContentRemovedAt(s.personalContentRemovedAt())
                .latestFeedback(s.latestFeedback() == null ? null : FeedbackOutcomeDto.fromValue(s.latestFeedback()));
    }

    public static DecisionAccessDto access(AccessLog.Entry entry) {
        return new DecisionAccessDto()
                .accessedAt(entry.accessedAt())
                .decisionId(entry.decisionId())
                .accessedBy(entry.accessedBy())
                .channel(DecisionAccessDto.ChannelEnum.fromValue(entry.channel()))
                .reason(entry.reason())
                .reasonRemoved(entry.reasonRemoved());
    }
}
