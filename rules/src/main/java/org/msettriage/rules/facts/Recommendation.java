package org.msettriage.rules.facts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An action a rule recommends, with the codes that triggered it. Several rules may recommend the same
 * action; the decision lists it once with every code. Its due time follows from its timescale, unless
 * the rule worked out its own (the return home interview is due from the child's return).
 */
public final class Recommendation extends DescribedFinding {

    private final String action;
    private final List<String> because;
    private final OffsetDateTime dueBy;

    @SafeVarargs
    public Recommendation(String action, List<? extends Object>... because) {
        this(action, null, because);
    }

    @SafeVarargs
    public Recommendation(String action, OffsetDateTime dueBy, List<? extends Object>... because) {
        this.action = action;
        this.dueBy = dueBy;
        this.because = CodeLists.merge(because);
    }

    public String getAction() {
        return action;
    }

    public List<String> getBecause() {
        return because;
    }

    /** The due time the rule worked out, or null when the action's timescale decides it. */
    public OffsetDateTime getDueBy() {
        return dueBy;
    }

    @Override
    public List<String> codes() {
        return CodeLists.merge(List.of(action), because);
    }
}
