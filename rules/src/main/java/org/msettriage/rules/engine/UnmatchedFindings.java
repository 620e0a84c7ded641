package org.msettriage.rules.engine;

import java.util.List;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.Channel;

/**
 * Findings of a type that no rule of the ruleset matches (the packaged rules never match a reason, a
 * question or a recommendation) go straight to the evaluation's trace instead of into working memory:
 * there each insert costs a fact handle, a store entry and a pass through the network, for nothing. A
 * type that some rule does match is inserted as before, so a ruleset that reads reasons still sees them.
 */
final class UnmatchedFindings {

    /** The name under which an evaluation's sink is registered as a channel of its session. */
    static final String CHANNEL = "mset-unmatched-findings";

    private final KieBase kieBase;
    private final ClassValue<Boolean> matched = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return anyRuleMatches(type);
        }
    };

    UnmatchedFindings(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** The channel one evaluation registers, passing what no rule matches to its trace. */
    Sink sinkFor(FiringTrace trace) {
        return new Sink(trace);
    }

    /** Whether some rule of the ruleset matches facts of this type (so inserting one can matter). */
    boolean anyRuleReads(Class<?> type) {
        return matched.get(type);
    }

    /**
     * Whether a node of the network takes facts of this type. Drools adds a type node for every class
     * inserted, without children; only a node with children leads to a rule.
     */
    private boolean anyRuleMatches(Class<?> type) {
        List<ObjectTypeNode> nodes = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes();
        return nodes.stream()
                .anyMatch(node -> node.getObjectType().isAssignableFrom(type)
                        && node.getObjectSinkPropagator().size() > 0);
    }

    /** One evaluation's channel. */
    final class Sink implements Channel {

        private final FiringTrace trace;

        private Sink(FiringTrace trace) {
            this.trace = trace;
        }

        /** Keeps the finding in the trace and answers true when no rule matches its type; false otherwise. */
        boolean took(Object finding) {
            if (matched.get(finding.getClass())) {
                return false;
            }
            trace.found(finding);
            return true;
        }

        @Override
        public void send(Object finding) {
            if (!took(finding)) {
                throw new IllegalArgumentException(
                        "A rule matches " + finding.getClass().getSimpleName() + "; it belongs in working memory");
            }
        }
    }
}
