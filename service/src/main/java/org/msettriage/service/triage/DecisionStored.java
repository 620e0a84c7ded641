package org.msettriage.service.triage;

import java.util.UUID;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.referral.Referral;

/**
 * A triage decision was committed: published after the store returns and before the answer is sent, so
 * listeners (the shadow) must hand any real work to a thread of their own.
 */
public record DecisionStored(UUID decisionId, Referral referral, RiskAssessment assessment) {}
