package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every decision keeps for as long as it is stored, read from columns, never from the content: the
 * outcome (as the contract's values), the ruleset, who asked and the latest feedback.
 */
public record DecisionSummary(
        UUID decisionId,
        OffsetDateTime decidedAt,
        OffsetDateTime assessedAt,
        String rulesetVersion,
        String rulesetSha256,
        String riskLevel,
        String pathway,
        Boolean preMsetEligible,
        Boolean msetPanelEligible,
        String localAuthority,
        String requestedBy,
        OffsetDateTime personalContentRemovedAt,
        String latestFeedback) {}
