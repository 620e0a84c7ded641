package org.msettriage.rules.facts;

import java.util.List;

/** One reason a request to lower the level cannot be applied. */
public final class LowerRefusal extends DescribedFinding {

    private final List<String> codes;

    public LowerRefusal(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    @Override
    public List<String> codes() {
        return codes;
    }
}
