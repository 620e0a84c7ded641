package org.msettriage.rules.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.decision.RiskAssessment.AppliedOverride;
import org.msettriage.rules.decision.RiskAssessment.RaisedWarning;
import org.msettriage.rules.decision.RiskAssessment.UsedIndicator;
import org.msettriage.rules.facts.CategoryScore;
import org.msettriage.rules.facts.DecidedLevel;
import org.msettriage.rules.facts.ExploitationType;
import org.msettriage.rules.facts.IndicatorUsed;
import org.msettriage.rules.facts.OverrideReported;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.facts.Score;
import org.msettriage.rules.facts.ScoreLevel;
import org.msettriage.rules.facts.Warning;
import org.msettriage.rules.policy.CategoryDefinition;
import org.msettriage.rules.policy.Policy;

/** Reads the findings of one evaluation into a {@link RiskAssessment}, in the policy's table order. */
final class AssessmentAssembler {

    private final Policy policy;
    private final RulesetIdentity identity;

    AssessmentAssembler(Policy policy, RulesetIdentity identity) {
        this.policy = policy;
        this.identity = identity;
    }

    RiskAssessment assemble(FiringTrace trace) {
        DecidedLevel decided = trace.single(DecidedLevel.class);
        return new RiskAssessment(
                identity,
                trace.single(Score.class).getValue(),
                categoryScores(trace.all(CategoryScore.class)),
                trace.single(ScoreLevel.class).getLevel(),
                decided.getLevel(),
                policy.band(decided.getLevel()).getLegacyLevel(),
                trace.all(ExploitationType.class).stream()
                        .sorted(Comparator.comparingInt(t -> categoryOrder(t.getCategory())))
                        .map(ExploitationType::getType)
                        .toList(),
                trace.all(IndicatorUsed.class).stream()
                        .sorted(Comparator.comparingInt((IndicatorUsed u) -> categoryOrder(u.getCategory()))
                                .thenComparing(IndicatorUsed::getCode))
                        .map(u -> new UsedIndicator(u.getCode(), u.getRecency().name(), u.isDerived(), u.getPoints()))
                        .toList(),
                trace.all(OverrideReported.class).stream()
                        .sorted(Comparator.comparingInt(o -> policy.overrideOrder(o.getCode())))
                        .map(o -> new AppliedOverride(o.getCode(), o.isRaised(), o.getText()))
                        .toList(),
                trace.all(Warning.class).stream()
                        .map(w -> new RaisedWarning(w.getCode(), w.getText()))
                        .toList(),
                List.copyOf(trace.all(Reason.class)),
                Map.copyOf(trace.firings()));
    }

    private Map<String, Integer> categoryScores(List<CategoryScore> scores) {
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        scores.stream()
                .sorted(Comparator.comparingInt(s -> categoryOrder(s.getCategory())))
                .forEach(s -> byCategory.put(s.getCategory(), s.getPoints()));
        return byCategory;
    }

    private int categoryOrder(String category) {
        CategoryDefinition definition = policy.category(category);
        return definition == null ? Integer.MAX_VALUE : definition.getOrder();
    }
}
