package org.msettriage.service.decision;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.msettriage.rules.decision.RiskAssessment.Eligibility;
import org.msettriage.rules.decision.RiskAssessment.EligibilityNote;

/**
 * The eligibility rules that made a decision not eligible for the MSET panel, as stored beside it (migration
 * 36) so that the analysts can count why screened referrals did not reach the panel: the rules' ids, sorted
 * and comma-separated, so that one set of reasons is always one value. Null when the panel was eligible, and
 * for a decision whose reasons are not recorded. Rule ids say nothing about the child.
 */
public final class PanelUnmetRules {

    /** The column's width: a set of rules that does not fit is not recorded rather than cut short. */
    static final int MOST = 200;

    /**
     * The rules of policy v1 (section 4) that give an unmet panel reason, each under an id never reused, so a
     * decision whose fired rules hold one of them was refused the panel by it, under any ruleset version.
     */
    static final List<String> POLICY_V1 = List.of("NOT_PRE_MSET", "NOT_LEVEL", "NOT_ADDS_VALUE");

    private PanelUnmetRules() {}

    /** The stored form of a panel answer: the rules behind its unmet reasons, or null when it was eligible. */
    public static String of(Eligibility panel) {
        if (panel.eligible()) {
            return null;
        }
        return compact(panel.reasons().stream()
                .map(EligibilityNote::ruleId)
                .filter(Objects::nonNull)
                .toList());
    }

    /**
     * The stored form for a decision made before the answer's rules were stored, from the ids of the rules
     * that fired in it: those of {@link #POLICY_V1} among them, or null when none is (not recorded).
     */
    static String fromFired(Collection<String> firedRuleIds) {
        return compact(POLICY_V1.stream().filter(firedRuleIds::contains).toList());
    }

    /** The stored form read back as rule ids (none for null). */
    public static List<String> rules(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    private static String compact(Collection<String> ruleIds) {
        String compact = ruleIds.stream().distinct().sorted().collect(Collectors.joining(","));
        return compact.isEmpty() || compact.length() > MOST ? null : compact;
    }
}
