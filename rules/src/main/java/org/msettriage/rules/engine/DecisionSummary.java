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

    /**
     * The fullest summary that fits in {@link #MAX_WORDS}: first without the concerns that are not
     * exploitation, then without why the level changed; the reasons always give both in full.
     */
    String write(Facts facts) {
        String summary = concerns(facts, true) + " " + howReached(facts, true) + " " + route(facts);
        if (words(summary) > MAX_WORDS) {
            summary = concerns(facts, false) + " " + howReached(facts, true) + " " + route(facts);
        }
        if (words(summary) > MAX_WORDS) {
            summary = concerns(facts, false) + " " + howReached(facts, false) + " " + route(facts);
        }
        return summary;
    }

    /** The words of a text as split at runs of whitespace, counted without a regular expression. */
    static int words(String text) {
        String trimmed = text.trim();
        int words = 1;
        for (int i = 1; i < trimmed.length(); i++) {
            if (isSpace(trimmed.charAt(i)) && !isSpace(trimmed.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    /** Whitespace as the regular expression \\s means it: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private String concerns(Facts facts, boolean listOtherConcerns) {
        boolean none = facts.riskLevel() == RiskLevel.NONE;
        String level = none ? "No identified risk level" : facts.riskLevel().getLabel() + " risk";
        if (!facts.exploitationCategories().isEmpty()) {
            return level + (none ? ", though there are signs of " : " of ") + concernsOf(facts.exploitationCategories())
                    + ".";
        }
        if (facts.categoryScores().isEmpty() || !listOtherConcerns) {
            return level + ", with no evidence of exploitation.";
        }
        return level + ", with no evidence of exploitation; concerns: "
                + concernsOf(List.copyOf(facts.categoryScores().keySet())) + ".";
    }

    private String howReached(Facts facts, boolean sayWhy) {
        StringBuilder sentence =
                new StringBuilder("A score of " + facts.score() + " gives " + levelWords(facts.scoreLevel()));
        RiskLevel level = facts.scoreLevel();
        for (AppliedOverride override : facts.overrides()) {
            OverrideLevel row = policy.overrideLevel(override.code());
            if (override.code().equals("OVR_NO_EXPLOITATION_INDICATOR")
                    && level.getRank() > row.getLevel().getRank()) {
                level = row.getLevel();
                sentence.append(", held at ").append(level.getLabel());
                if (sayWhy) {
                    sentence.append(" because ").append(row.getSummary());
                }
            }
        }
        facts.overrides().stream()
                .filter(o -> o.raised()
                        && policy.overrideLevel(o.code()) != null
                        && !o.code().equals("OVR_NO_EXPLOITATION_INDICATOR"))
                .findFirst()
                .ifPresent(floor -> {
                    OverrideLevel row = policy.overrideLevel(floor.code());
                    sentence.append(", raised to ").append(row.getLevel().getLabel());
                    if (sayWhy) {
                        sentence.append(" because ").append(row.getSummary());
                    }
                });
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

    private static String levelWords(RiskLevel level) {
        return level == RiskLevel.NONE ? "no identified risk level" : level.getLabel();
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
