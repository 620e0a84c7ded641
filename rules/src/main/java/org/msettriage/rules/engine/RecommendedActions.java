package org.msettriage.rules.engine;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.facts.Recommendation;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.policy.Policy;

/**
 * Turns the rules' recommendations into the decision's actions (policy section 6): each action once, in
 * the catalogue's order, with every code that triggered it, its catalogue entry, and when it is due.
 */
final class RecommendedActions {

    private final Policy policy;

    RecommendedActions(Policy policy) {
        this.policy = policy;
    }

    List<RecommendedAction> list(List<Recommendation> recommendations, OffsetDateTime assessedAt) {
        Map<String, List<Recommendation>> byAction = new LinkedHashMap<>();
        recommendations.stream()
                .sorted(Comparator.comparingInt(r -> policy.actionOrder(r.getAction())))
                .forEach(r -> byAction.computeIfAbsent(r.getAction(), code -> new ArrayList<>())
                        .add(r));
        List<RecommendedAction> actions = new ArrayList<>();
        byAction.forEach((code, triggers) -> actions.add(action(code, triggers, assessedAt)));
        return actions;
    }

    private RecommendedAction action(String code, List<Recommendation> triggers, OffsetDateTime assessedAt) {
        ActionDefinition definition = policy.action(code);
        if (definition == null) {
            // A lint test keeps the packaged rules and catalogue in step; a ruleset from disk could still differ.
            throw new IllegalStateException("A rule recommended " + code + ", which actions.csv does not list");
        }
        TreeSet<String> because = new TreeSet<>();
        triggers.forEach(t -> because.addAll(t.getBecause()));
        OffsetDateTime dueBy = triggers.stream()
                .map(Recommendation::getDueBy)
                .filter(due -> due != null)
                .min(Comparator.naturalOrder())
                .orElseGet(() -> policy.dueAfter(definition.timescale())
                        .map(assessedAt::plus)
                        .orElse(null));
        return new RecommendedAction(
                code,
                definition.title(),
                definition.leadAgency(),
                definition.timescale(),
                dueBy,
                dueBy != null && dueBy.isBefore(assessedAt),
                List.copyOf(because),
                definition.legalBasis());
    }
}
