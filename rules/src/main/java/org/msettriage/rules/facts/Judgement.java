package org.msettriage.rules.facts;

import org.msettriage.rules.referral.FreeText;
import org.msettriage.rules.referral.JudgementDirection;
import org.msettriage.rules.referral.ProfessionalJudgement;
import org.msettriage.rules.referral.RiskLevel;

/** A practitioner's request to move the level; approved when an approver is named. */
public final class Judgement {

    private final JudgementDirection direction;
    private final RiskLevel level;
    private final boolean approved;

    public Judgement(ProfessionalJudgement judgement) {
        this.direction = judgement.direction();
        this.level = judgement.level();
        this.approved = FreeText.isPresent(judgement.approvedBy());
    }

    public JudgementDirection getDirection() {
        return direction;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public boolean isApproved() {
        return approved;
    }
}
