package org.msettriage.rules.facts;

import java.util.List;

/** The single recommended route (policy section 5). */
public final class Pathway extends DescribedFinding {

    private final String code;
    private final List<String> because;

    @SafeVarargs
    public Pathway(String code, List<? extends Object>... because) {
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
