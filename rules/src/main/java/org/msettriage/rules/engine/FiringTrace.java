package org.msettriage.rules.engine;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.msettriage.rules.policy.ActionRule;
import org.msettriage.rules.policy.ActionRules;

/**
 * What one evaluation did: every fact inserted, or found and kept out of working memory, in order (so
 * explanation reasons keep the order the rules applied them), and how often each rule fired. One trace
 * per evaluation, never shared.
 */
final class FiringTrace {

    private final List<Object> inserted = new ArrayList<>();
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    private Map<Class<?>, List<Object>> byClass;

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            String id = RuleMetadata.id(event.getMatch().getRule());
            // The rule that checks the rows of action-rules.csv fires once per row that holds: each
            // firing counts for its row, as the catalogue lists the rows as rules of their own.
            if (ActionRules.RULE_ID.equals(id)
                    && event.getMatch().getDeclarationValue("$row") instanceof ActionRule row) {
                id = row.id();
            }
            firings.merge(id, 1, Integer::sum);
        }
    };

    final DefaultRuleRuntimeEventListener insertionListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            inserted.add(event.getObject());
        }
    };

    /** A finding kept out of working memory (see {@link UnmatchedFindings}), in its place among the inserts. */
    void found(Object finding) {
        inserted.add(finding);
    }

    /**
     * Every inserted fact of a type, in insertion order. Read once the evaluation is over: the facts
     * of a final class are then grouped once by class rather than searched for on every call.
     */
    <T> List<T> all(Class<T> type) {
        if (!Modifier.isFinal(type.getModifiers())) {
            return inserted.stream().filter(type::isInstance).map(type::cast).toList();
        }
        if (byClass == null) {
            byClass = new HashMap<>();
            for (Object fact : inserted) {
                byClass.computeIfAbsent(fact.getClass(), c -> new ArrayList<>()).add(fact);
            }
        }
        List<Object> facts = byClass.getOrDefault(type, List.of());
        List<T> found = new ArrayList<>(facts.size());
        facts.forEach(fact -> found.add(type.cast(fact)));
        return Collections.unmodifiableList(found);
    }

    <T> T single(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new IllegalStateException("The rules produced " + found.size() + " " + type.getSimpleName()
                    + " findings; expected exactly one");
        }
        return found.get(0);
    }

    Map<String, Integer> firings() {
        return firings;
    }
}
