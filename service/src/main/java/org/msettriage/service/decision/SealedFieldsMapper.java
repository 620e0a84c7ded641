package org.msettriage.service.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.msettriage.api.model.DecisionSummaryDto;
import org.msettriage.api.model.EligibilityDto;
import org.msettriage.api.model.TriageDecisionDto;

/**
 * Which of a decision's stored summary fields differ from the decision as answered. The seal says only
 * that the record changed; the answer, encrypted and sealed through its digest, holds the values that
 * were decided, so a record that no longer matches its seal can name what changed. Names only: a value
 * may say something about the child.
 */
final class SealedFieldsMapper {

    private SealedFieldsMapper() {}

    static List<String> differing(DecisionSummaryDto stored, TriageDecisionDto answered) {
        List<String> changed = new ArrayList<>();
        compare(changed, "riskLevel", stored.getRiskLevel(), answered.getRiskLevel());
        compare(changed, "pathway", stored.getPathway(), answered.getPathway());
        compare(changed, "preMsetEligible", stored.getPreMsetEligible(), eligible(answered.getPreMset()));
        compare(changed, "msetPanelEligible", stored.getMsetPanelEligible(), eligible(answered.getMsetPanel()));
        if (answered.getRuleset() != null) {
            compare(
                    changed,
                    "ruleset.version",
                    stored.getRuleset().getVersion(),
                    answered.getRuleset().getVersion());
            compare(
                    changed,
                    "ruleset.sha256",
                    stored.getRuleset().getSha256(),
                    answered.getRuleset().getSha256());
        }
        return changed;
    }

    private static Boolean eligible(EligibilityDto eligibility) {
        return eligibility == null ? null : eligibility.getEligible();
    }

    private static void compare(List<String> changed, String field, Object stored, Object answered) {
        if (!Objects.equals(stored, answered)) {
            changed.add(field);
        }
    }
}
