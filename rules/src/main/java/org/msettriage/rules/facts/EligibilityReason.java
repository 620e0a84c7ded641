package org.msettriage.rules.facts;

import java.util.List;

/**
 * One reason in a Pre-MSET or panel answer: a condition met (PRE_*, ADDS_*) or one unmet (NOT_*). An
 * answer is yes when it has no unmet reason; its reasons are then the met ones, otherwise the unmet ones.
 */
public final class EligibilityReason extends DescribedFinding {

    public static final String PRE_MSET = "preMset";
    public static final String MSET_PANEL = "msetPanel";

    private final String decision;
    private final String code;
    private final boolean met;
    private final List<String> because;

    @SafeVarargs
    public EligibilityReason(String decision, String code, boolean met, List<? extends Object>... because) {
        this.decision = decision;
        this.code = code;
        this.met = met;
        this.because = CodeLists.merge(because);
    }

    /** Which answer the reason belongs to: {@link #PRE_MSET} or {@link #MSET_PANEL}. */
    public String getDecision() {
        return decision;
    }

    public String getCode() {
        return code;
    }

    public boolean isMet() {
        return met;
    }

    @Override
    public List<String> codes() {
        return CodeLists.merge(List.of(code), because);
    }
}
