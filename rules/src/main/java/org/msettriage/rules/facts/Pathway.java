package org.msettriage.rules.facts;

import java.util.List;

/** The single recommended route (policy section 5). */
public final class Pathway extends DescribedFinding {

    private final String code;
    private final List<String> because;

    /**
     * The routes of policy section 5, as the contract's {@code pathway} gives them: a rule that named any
     * other (a typo in a candidate) would make an answer no case system could read, so it fails the
     * evaluation, which the validation's scenarios report before the ruleset can serve.
     */
    public static final List<String> CODES =
            List.of("IMMEDIATE_SAFEGUARDING", "MSET_PANEL", "PRE_MSET", "SINGLE_AGENCY");

    @SafeVarargs
    public Pathway(String code, List<? extends Object>... because) {
        if (!CODES.contains(code)) {
            throw new RuleMistake("'" + code + "' is not a pathway: a pathway is one of " + String.join(", ", CODES));
        }
        this.code = code;
        this.because = CodeLists.merge(because);
    }

    /** The codes that decided the route (for immediate safeguarding: what made it immediate). */
    public List<String> getBecause() {
        return because;
    }

    public String getCode() {
        return code;
    }

    @Override
    public List<String> codes() {
        return CodeLists.merge(List.of(code), because);
    }
}
