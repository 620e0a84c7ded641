package org.msettriage.rules.engine;

import java.util.Comparator;
import java.util.List;
import org.msettriage.rules.decision.RiskAssessment.Eligibility;
import org.msettriage.rules.decision.RiskAssessment.EligibilityNote;
import org.msettriage.rules.facts.EligibilityReason;

/**
 * Reads a Pre-MSET or panel answer from its reasons (policy section 4): yes when no condition is unmet,
 * with the conditions met; otherwise no, with only the unmet ones, so the referrer sees what would change it.
 */
final class EligibilityAnswers {

    private EligibilityAnswers() {}

    static Eligibility answer(
            String decision, List<EligibilityReason> all, Comparator<? super EligibilityReason> policyOrder) {
        List<EligibilityReason> reasons = all.stream()
                .filter(r -> r.getDecision().equals(decision))
                .sorted(policyOrder)
                .toList();
        boolean eligible = reasons.stream().allMatch(EligibilityReason::isMet);
        return new Eligibility(
                eligible,
                reasons.stream()
                        .filter(r -> r.isMet() == eligible)
                        .map(r -> new EligibilityNote(r.getCode(), r.getText(), r.getRuleId()))
                        .distinct()
                        .toList());
    }
}
