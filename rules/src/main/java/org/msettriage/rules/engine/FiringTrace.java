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

    private final EngineChannel engine;
    private final List<Object> inserted = new ArrayList<>();
    // Facts grouped by class as they arrive, each group in insertion order: the assembly reads a dozen
    // classes, and grouping once costs less than searching the whole list for each.
    private final Map<Class<?>, List<Object>> byClass = new HashMap<>();
    private final Map<String, Integer> firings = new LinkedHashMap<>();

    FiringTrace(EngineChannel engine) {
        this.engine = engine;
    }

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            String id = engine.texts(event.getMatch().getRule()).id();
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
            add(event.getObject());
        }
    };

    /** A finding kept out of working memory (see {@link UnmatchedFindings}), in its place among the inserts. */
    void found(Object finding) {
        add(finding);
    }

    private void add(Object fact) {
        inserted.add(fact);
        byClass.computeIfAbsent(fact.getClass(), type -> new ArrayList<>()).add(fact);
    }

    /**
     * Every inserted fact of a type, in insertion order, read once the evaluation is over. A final class's
     * facts are its group as it stands (unmodifiable); a class that may have subclasses is searched for.
     */
    @SuppressWarnings("unchecked") // the group of a final class holds only instances of that class
    <T> List<T> all(Class<T> type) {
        if (!Modifier.isFinal(type.getModifiers())) {
            return inserted.stream().filter(type::isInstance).map(type::cast).toList();
        }
        List<Object> facts = byClass.get(type);
        return facts == null ? List.of() : Collections.unmodifiableList((List<T>) facts);
    }

    <T> T single(Class<T> type) {
        List<T> found = all(type);
        if (found.isEmpty()) {
            throw new MissingFinding("no rule gave a " + type.getSimpleName() + ", which every decision needs:"
                    + " the rules that give it are missing (a rule file left out?) or none of them fired");
        }
        if (found.size() > 1) {
            throw new MissingFinding("the rules gave " + found.size() + " " + type.getSimpleName()
                    + " findings; a decision needs exactly one");
        }
        return found.get(0);
    }

    Map<String, Integer> firings() {
        return firings;
    }
}
