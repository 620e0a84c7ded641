package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.decision.RiskAssessment.AppliedOverride;
import org.msettriage.rules.decision.RiskAssessment.Eligibility;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.policy.OverrideLevel;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Writes the decision's summary (policy section 7) in three sentences a panel chair reads first: the
 * level and the main concerns, how the level was reached, and the route. No codes: the concerns and the
 * reasons for a changed level are worded by the policy tables (categories.csv, override-levels.csv).
 * It names only the first reason a level was raised; the explanation's reasons give every one.
 */
final class DecisionSummary {

    private final Policy policy;

    DecisionSummary(Policy policy) {
        this.policy = policy;
    }

    /** The facts the summary is written from, already decided by the rules. */
    record Facts(
            int score,
            RiskLevel scoreLevel,
            RiskLevel riskLevel,
            List<String> exploitationCategories,
            Map<String, Integer> categoryScores,
            List<AppliedOverride> overrides,
            String pathway,
            Eligibility msetPanel,
            List<RecommendedAction> actions) {}

    /** At most this many words: a summary is read at a glance. */
    static final int MAX_WORDS = 60;

    String write(Facts facts) {
        String full = concerns(facts, true) + " " + howReached(facts) + " " + route(facts);
        if (full.split("\\s+").length <= MAX_WORDS) {
            return full;
        }
        // Too long to read at a glance: the concerns that are not exploitation are left to the reasons.
        return concerns(facts, false) + " " + howReached(facts) + " " + route(facts);
    }

    private String concerns(Facts facts, boolean listOtherConcerns) {
        String level = facts.riskLevel() == RiskLevel.NONE
                ? "No identified risk"
                : facts.riskLevel().getLabel() + " risk";
        if (!facts.exploitationCategories().isEmpty()) {
            return level + " of " + concernsOf(facts.exploitationCategories()) + ".";
        }
        if (facts.categoryScores().isEmpty() || !listOtherConcerns) {
            return level + ", with no evidence of exploitation.";
        }
        return level + ", with no evidence of exploitation; concerns: "
                + concernsOf(List.copyOf(facts.categoryScores().keySet())) + ".";
    }

    private String howReached(Facts facts) {
        StringBuilder sentence = new StringBuilder(
                "A score of " + facts.score() + " gives " + facts.scoreLevel().getLabel());
        RiskLevel level = facts.scoreLevel();
        for (AppliedOverride override : facts.overrides()) {
            OverrideLevel row = policy.overrideLevel(override.code());
            if (override.code().equals("OVR_NO_EXPLOITATION_INDICATOR")
                    && level.getRank() > row.getLevel().getRank()) {
                level = row.getLevel();
                sentence.append(", held at ")
                        .append(level.getLabel())
                        .append(" because ")
                        .append(row.getSummary());
            }
        }
        facts.overrides().stream()
                .filter(o -> o.raised()
                        && policy.overrideLevel(o.code()) != null
                        && !o.code().equals("OVR_NO_EXPLOITATION_INDICATOR"))
                .findFirst()
                .ifPresent(floor -> sentence.append(", raised to ")
                        .append(policy.overrideLevel(floor.code()).getLevel().getLabel())
                        .append(" because ")
                        .append(policy.overrideLevel(floor.code()).getSummary()));
        for (AppliedOverride override : facts.overrides()) {
            if (override.code().equals("OVR_JUDGEMENT_RAISE") && override.raised()) {
                sentence.append(", and professional judgement raises it to ")
                        .append(facts.riskLevel().getLabel());
            }
            if (override.code().equals("OVR_JUDGEMENT_LOWER")) {
                sentence.append(", and approved professional judgement lowers it to ")
                        .append(facts.riskLevel().getLabel());
            }
        }
        return sentence.append(".").toString();
    }

    private String route(Facts facts) {
        String actions = facts.actions().isEmpty()
                ? "no action is recommended"
                : facts.actions().size() == 1
                        ? "one action is recommended"
                        : facts.actions().size() + " actions are recommended";
        return switch (facts.pathway()) {
            case "IMMEDIATE_SAFEGUARDING" ->
                "Route: immediate safeguarding now" + (facts.msetPanel().eligible() ? ", and the MSET panel" : "")
                        + "; " + actions + ".";
            case "MSET_PANEL" -> "Route: the MSET panel, for a safeguarding and disruption plan; " + actions + ".";
            case "PRE_MSET" -> "Route: Pre-MSET screening, not yet the panel; " + actions + ".";
            case "SINGLE_AGENCY" ->
                "Route: single-agency support, as it does not meet the screening criteria; " + actions + ".";
            default -> throw new IllegalStateException("No summary wording for the route " + facts.pathway());
        };
    }

    private String concernsOf(List<String> categories) {
        List<String> concerns = new ArrayList<>();
        for (String category : categories) {
            concerns.add(policy.category(category).getConcern());
        }
        if (concerns.size() == 1) {
            return concerns.get(0);
        }
        return String.join(", ", concerns.subList(0, concerns.size() - 1)) + " and "
                + concerns.get(concerns.size() - 1);
    }
}
